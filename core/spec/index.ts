export * from './template-spec.js';
export * from './parse-spec.js';
export * from './spec-fingerprint.js';
export * from './spec-lookup.js';
