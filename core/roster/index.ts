export * from './roster-schema.js';
export * from './parse-roster-csv.js';
