import { arrayGrid, rawOf } from '../grid/array-grid.js';
import type { WorkbookGrids } from '../grid/grid.js';
import type { BookSheet } from './spec-to-book.js';

/**
 * The sheets of a spec workbook as Grids, without a file: what the page or the
 * add-in would hand readSpecBook, and how tests read a book they changed.
 * @example readSpecBook(bookGrids(specToBook(spec)))
 */
export function bookGrids(sheets: readonly BookSheet[]): WorkbookGrids {
  const grids = new Map(sheets.map((s) => [s.name, arrayGrid(s.name, [s.columns.map((c) => rawOf(c.head)), ...s.rows.map((r) => r.map((v) => rawOf(v)))])]));
  return { sheetNames: sheets.map((s) => s.name), sheet: (name) => grids.get(name) };
}
