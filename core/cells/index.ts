export * from './cell-reading.js';
export * from './read-cell.js';
