import type { ColumnKey } from '../spec/template-spec.js';
import { cellText } from './cell-text.js';
import type { Grid } from './grid.js';
import { normaliseLabel } from './normalise-label.js';
import type { PreparedSpec } from './prepared-spec.js';

/** The head row is looked for this far down: titles, header blocks and blank rows sit above it. */
export const HEAD_SCAN_ROWS = 80;
const HEAD_SCAN_COLS = 60;

export interface TableHead {
  headRow: number;
  columns: Partial<Record<ColumnKey, number>>;
}

export type FindTableResult =
  | { found: true; head: TableHead }
  /** `best` is the row that came closest (most heads), to say what was missing. */
  | { found: false; best?: TableHead };

/**
 * Finds the table by its column heads, not by position: the first row (of the
 * first 80) where both the code and the 本年 heads appear. Columns may be in
 * any order, with extra columns between them.
 */
export function findTable(grid: Grid, prepared: PreparedSpec): FindTableResult {
  const lastRow = Math.min(grid.rowCount, HEAD_SCAN_ROWS);
  const lastCol = Math.min(grid.colCount, HEAD_SCAN_COLS);
  let best: TableHead | undefined;
  let bestCount = 0;
  for (let r = 1; r <= lastRow; r++) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    let count = 0;
    for (let c = 1; c <= lastCol; c++) {
      const text = cellText(grid.cell(r, c));
      if (text === '') continue;
      const key = prepared.columnByLabel.get(normaliseLabel(text));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = c;
        count++;
      }
    }
    if (columns.code !== undefined && columns.current !== undefined) return { found: true, head: { headRow: r, columns } };
    if (count > bestCount) {
      best = { headRow: r, columns };
      bestCount = count;
    }
  }
  return { found: false, best };
}
