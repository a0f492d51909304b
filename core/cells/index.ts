export * from './cell-reading.js';
export * from './read-cell.js';
export * from './number-format.js';
export * from './excel-date.js';
