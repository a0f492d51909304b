export { createExcelAccess, fileNameOf, type ExcelAccessOptions, type ExcelRun, type SupportsSet } from './excel-access.js';
export { writeSummary, DEFAULT_MAX_CELLS_PER_SYNC, type SummarySheet, type WriteSummaryOptions, type WriteSummaryResult } from './write-summary.js';
export { HIGHLIGHT_COLOURS } from './highlight-colours.js';
export { ReadBeforeSyncError } from './office-errors.js';
export type { HighlightStore, RememberedFill } from './highlight-memory.js';
