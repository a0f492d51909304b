export * from './prefilled-unit.js';
export * from './prior-from-summary.js';
export * from './prior-from-reads.js';
