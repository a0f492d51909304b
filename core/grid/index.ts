export * from './grid.js';
export * from './address.js';
export * from './extracted.js';
export * from './array-grid.js';
export * from './extract-template.js';
export * from './normalise-label.js';
export * from './cell-text.js';
export * from './structure-codes.js';
