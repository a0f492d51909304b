import { findTable, type TableHead } from './find-table.js';
import type { Grid, WorkbookGrids } from './grid.js';
import type { PreparedSpec } from './prepared-spec.js';
import { specTables } from '../spec/spec-tables.js';
import { INSTRUCTIONS_SHEET_NAME, META_SHEET_NAME } from './template-sheet-names.js';

/** A sheet name up to width, case and spaces (`基本情况统计表 ` is the named sheet; `基本情况统计表 (2)` is not). */
const SPACES = /\s+/g;
const sheetKey = (name: string) => name.normalize('NFKC').replace(SPACES, '').toLowerCase();

/** Sheets our template generator adds beside the table: never the table itself. */
const NOT_TABLE_SHEETS = new Set([META_SHEET_NAME, INSTRUCTIONS_SHEET_NAME]);

export type FindSheetResult =
  | { found: true; grid: Grid; head: TableHead; renamed: boolean }
  /** What the closest sheet had, to say which heads were missing. */
  | { found: false; searched: string[]; best?: { sheet: string; head: TableHead } };

/** Which table's sheet to find, when the template has several. */
export interface SheetTarget {
  sheetName: string;
  /** Sheets another table already took. */
  claimed?: ReadonlySet<string>;
  /** Whether a sheet not named for the table holds it (its own codes): a renamed table is told from another table. */
  holds?: (grid: Grid, head: TableHead) => boolean;
}

/**
 * The template sheet: the one named in the spec when it holds the table;
 * otherwise (a renamed or copied sheet) the first other sheet whose heads
 * match, visible sheets before hidden ones. With a target, the sheet of one
 * table of several (see core/spec/spec-tables).
 */
export function findTemplateSheet(workbook: WorkbookGrids, prepared: PreparedSpec, target: SheetTarget = { sheetName: specTables(prepared.spec)[0].sheetName }): FindSheetResult {
  const { sheetName } = target;
  const wanted = sheetKey(sheetName);
  const hidden = workbook.hiddenSheets;
  const candidates = workbook.sheetNames
    .filter((name) => !NOT_TABLE_SHEETS.has(sheetKey(name)) && !target.claimed?.has(name))
    .map((name, order) => ({ name, rank: rankOf(name, sheetName, wanted, hidden?.has(name) ?? false), order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);

  let best: { sheet: string; head: TableHead; count: number } | undefined;
  for (const { name } of candidates) {
    const grid = workbook.sheet(name);
    if (!grid) continue;
    const result = findTable(grid, prepared);
    const renamed = sheetKey(name) !== wanted;
    if (result.found && (!renamed || !target.holds || target.holds(grid, result.head))) return { found: true, grid, head: result.head, renamed };
    // A found table another table's codes fill is not this one; it says nothing of missing heads either.
    if (result.found) continue;
    const count = result.best ? Object.keys(result.best.columns).length : 0;
    if (result.best && count > (best?.count ?? 0)) best = { sheet: name, head: result.best, count };
  }
  return { found: false, searched: candidates.map((c) => c.name), best: best && { sheet: best.sheet, head: best.head } };
}

/** Named sheet first (exactly, then up to spaces and width), then visible, then hidden sheets. */
function rankOf(name: string, sheetName: string, wanted: string, isHidden: boolean): number {
  if (name === sheetName) return 0;
  if (sheetKey(name) === wanted) return 1;
  return isHidden ? 3 : 2;
}
