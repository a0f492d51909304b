export * from './render-text.js';
export * from './message-entry.js';
export * from './catalog.js';
