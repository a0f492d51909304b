export * from './count-statuses.js';
export * from './figures-json.js';
export * from './figures-of-merge.js';
export * from './report-figures.js';
