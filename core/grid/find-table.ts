import type { ColumnKey } from '../spec/template-spec.js';
import { cellText } from './cell-text.js';
import type { Grid } from './grid.js';
import { normaliseLabel } from './normalise-label.js';
import type { PreparedSpec } from './prepared-spec.js';

/** The head row is looked for this far down: titles, header blocks and blank rows sit above it. */
export const HEAD_SCAN_ROWS = 80;
/**
 * The columns the template's table and header may occupy: heads and header
 * labels are looked for this far right. A submission's reader keeps no cell
 * right of them (ReadWorkbookFastOptions.keepColumns).
 */
export const TEMPLATE_SCAN_COLS = 60;
const HEAD_SCAN_COLS = TEMPLATE_SCAN_COLS;

export interface TableHead {
  headRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Set when the value columns were headed by years (`2024年 | 2023年`) instead of 本年/上年. */
  yearHeads?: { current: number; prior: number };
}

/** `2024`, `2024年`, `2024年度`, `2024年数` (brackets already dropped by normaliseLabel). */
const YEAR_HEAD = /^(\d{4})(?:年度?)?数?$/;

export type FindTableResult =
  | { found: true; head: TableHead }
  /** `best` is the row that came closest (most heads), to say what was missing. */
  | { found: false; best?: TableHead };

/**
 * Finds the table by its column heads, not by position: the first row (of the
 * first 80) where both the code and the 本年 heads appear. Columns may be in
 * any order, with extra columns between them. A table headed by years
 * instead (`2024年 | 2023年`, as many statistical tables are) reads the latest
 * year as 本年 and the year before it as 上年.
 */
export function findTable(grid: Grid, prepared: PreparedSpec): FindTableResult {
  const lastRow = Math.min(grid.rowCount, HEAD_SCAN_ROWS);
  const lastCol = Math.min(grid.colCount, HEAD_SCAN_COLS);
  let best: TableHead | undefined;
  let bestCount = 0;
  for (let r = 1; r <= lastRow; r++) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    const years: { year: number; col: number }[] = [];
    let count = 0;
    for (let c = 1; c <= lastCol; c++) {
      const text = cellText(grid.cell(r, c));
      if (text === '') continue;
      const label = normaliseLabel(text);
      const key = prepared.columnByLabel.get(label);
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = c;
        count++;
        continue;
      }
      const year = YEAR_HEAD.exec(label);
      if (year) years.push({ year: Number(year[1]), col: c });
    }
    if (columns.code !== undefined && columns.current !== undefined) return { found: true, head: { headRow: r, columns } };
    if (columns.code !== undefined && columns.prior === undefined) {
      const head = headByYears(r, columns, years);
      if (head) return { found: true, head };
    }
    if (count > bestCount) {
      best = { headRow: r, columns };
      bestCount = count;
    }
  }
  return { found: false, best };
}

/** The latest year heads 本年; the year before it (or, failing that, the next latest) heads 上年. */
function headByYears(headRow: number, columns: Partial<Record<ColumnKey, number>>, years: { year: number; col: number }[]): TableHead | undefined {
  const distinct = [...new Map(years.map((y) => [y.year, y])).values()].sort((a, b) => b.year - a.year);
  if (distinct.length < 2) return undefined;
  const [latest] = distinct;
  const before = distinct.find((y) => y.year === latest.year - 1) ?? distinct[1];
  return {
    headRow,
    columns: { ...columns, current: latest.col, prior: before.col },
    yearHeads: { current: latest.year, prior: before.year },
  };
}
