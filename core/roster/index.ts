export * from './roster-schema.js';
export * from './roster-from-records.js';
export * from './parse-roster-csv.js';
export * from './parse-roster-file.js';
