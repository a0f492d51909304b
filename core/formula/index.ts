export * from './formula-ast.js';
export * from './formula-error.js';
export * from './parse-formula.js';
export * from './validate-formula.js';
export * from './evaluate-formula.js';
export * from './fill-figures.js';
export * from './compile-check-formula.js';
export * from './suggest-code.js';
