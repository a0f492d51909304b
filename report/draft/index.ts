export * from './by-unit-table.js';
export * from './closest-names.js';
export * from './draft-blocks.js';
export * from './draft-values.js';
export * from './fill-draft.js';
