export * from './chart-definition.js';
export * from './chart-picture.js';
export * from './parts-chart.js';
export * from './rate-by-unit-chart.js';
export * from './render-chart-svg.js';
export * from './report-charts.js';
export * from './submissions-chart.js';
export * from './year-on-year-chart.js';
