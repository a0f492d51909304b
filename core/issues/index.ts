export * from './issue.js';
export * from './make-issue.js';
