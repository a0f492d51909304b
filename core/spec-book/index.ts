export * from './spec-book-layout.js';
export * from './spec-to-book.js';
export * from './read-spec-book.js';
export * from './book-grids.js';
export * from './read-spec-file.js';
