export * from './template-spec.js';
export * from './parse-spec.js';
export * from './spec-fingerprint.js';
export * from './spec-lookup.js';
export * from './embedded-spec-format.js';
export * from './decode-embedded-spec.js';
export * from './diff-specs.js';
export * from './spec-tables.js';
