import type { MarkSeverity } from '../access/workbook-access.js';

/** Fill colours of the two kinds of flagged cells: red-ish for 强制性, amber for 提示性. */
export const HIGHLIGHT_COLOURS: Readonly<Record<MarkSeverity, string>> = {
  hard: '#FFC7CE',
  soft: '#FFEB9C',
};

/** What ExcelApi 1.1 reports as the fill of a cell without one. */
export const NO_FILL = '#FFFFFF';
