export * from './prefilled-unit.js';
export * from './prior-from-summary.js';
