export * from './load-roster.js';
