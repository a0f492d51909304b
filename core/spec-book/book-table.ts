import { a1 } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import type { RawCell, WorkbookGrids } from '../grid/grid.js';
import type { ColumnDef } from './spec-book-layout.js';
import type { BookProblems } from './book-problems.js';

/** One filled row of a spec sheet: its cells by column head. */
export interface BookRow {
  sheet: string;
  /** 1-based row number in the sheet. */
  row: number;
  raw(head: string): RawCell | undefined;
  text(head: string): string;
  /** A1 of the cell under a head (the row's first cell when the column is absent). */
  cell(head: string): string;
}

/** Heads compare without spaces and full-width brackets (英文名称 and 英文 名称 are one head). */
const headKey = (s: string) => s.replace(/[\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * The filled rows of a spec sheet, columns found by their heads in row 1. A
 * missing sheet or required column is a problem; blank rows are skipped.
 * @example bookTable(book, '指标', COLUMNS.indicators, problems)?.map((r) => r.text('代码'))
 */
export function bookTable(book: WorkbookGrids, sheet: string, defs: readonly ColumnDef[], problems: BookProblems, optional = false): BookRow[] | undefined {
  const grid = book.sheetNames.includes(sheet) ? book.sheet(sheet) : undefined;
  if (!grid) {
    if (!optional) problems.add('spec-book.sheet-missing', sheet, undefined, { sheetName: sheet });
    return optional ? [] : undefined;
  }
  const columns = new Map<string, number>();
  for (let c = 1; c <= grid.colCount; c++) {
    const head = headKey(cellText(grid.cell(1, c)));
    if (head && !columns.has(head)) columns.set(head, c);
  }
  let complete = true;
  for (const def of defs) {
    if (def.required && !columns.has(headKey(def.head))) {
      problems.add('spec-book.column-missing', sheet, 'A1', { column: def.head });
      complete = false;
    }
  }
  if (!complete) return undefined;
  const rows: BookRow[] = [];
  for (let r = 2; r <= grid.rowCount; r++) {
    const colOf = (head: string) => columns.get(headKey(head));
    const raw = (head: string) => {
      const c = colOf(head);
      return c === undefined ? undefined : grid.cell(r, c);
    };
    const text = (head: string) => {
      const cell = raw(head);
      return cell ? cellText(cell) : '';
    };
    if (defs.every((d) => text(d.head) === '')) continue;
    rows.push({ sheet, row: r, raw, text, cell: (head) => a1(r, colOf(head) ?? 1) });
  }
  return rows;
}
