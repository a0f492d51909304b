export * from './summary-model.js';
