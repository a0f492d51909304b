export * from './grid.js';
export * from './address.js';
export * from './extracted.js';
