export { readWorkbookFast, type ReadWorkbookFastOptions } from './read-workbook-fast.js';
export { FastWorkbook, isFastWorkbook } from './fast-workbook.js';
export { FastGrid } from './fast-grid.js';
export { translateFormula } from './translate-formula.js';
export { isoToSerial } from './parse-sheet.js';
