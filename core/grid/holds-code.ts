import { cellText } from './cell-text.js';
import type { TableHead } from './find-table.js';
import type { Grid } from './grid.js';
import { normaliseCode } from './normalise-label.js';

/** Rows searched below the head for one of a table's codes. */
const SEARCH_ROWS = 400;

/** Whether the code column under a table head holds any of `codes` (tells one table's sheet from another's). */
export function holdsCodeOf(grid: Grid, head: TableHead, codes: ReadonlySet<string>): boolean {
  const col = head.columns.code;
  if (col === undefined) return false;
  const last = Math.min(grid.rowCount, head.headRow + SEARCH_ROWS);
  for (let r = head.headRow + 1; r <= last; r++) {
    if (codes.has(normaliseCode(cellText(grid.cell(r, col))))) return true;
  }
  return false;
}
