export { createExcelAccess, fileNameOf, type ExcelAccessOptions, type ExcelRun, type SupportsSet } from './excel-access.js';
export { HIGHLIGHT_COLOURS } from './highlight-colours.js';
export { ReadBeforeSyncError } from './office-errors.js';
export type { HighlightStore, RememberedFill } from './highlight-memory.js';
