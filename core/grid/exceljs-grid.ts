import type ExcelJS from 'exceljs';
import { rangeOfAddress } from './address.js';
import { BLANK, type CellRange, type Grid, type RawCell, type RawValue, type WorkbookGrids } from './grid.js';

/**
 * The Grid over an exceljs worksheet. Type-only import: the core never loads
 * exceljs itself; Node (pipeline/io) and the add-in's browser page pass in
 * the exceljs objects they loaded.
 */

export interface ExcelJSGridOptions {
  /**
   * A1 addresses of formula cells whose cached result is the empty string.
   * exceljs drops an empty `<v></v>` on load, so such a cell looks uncached;
   * a caller that has the file's bytes can say which cells really hold "".
   */
  readonly cachedEmptyStrings?: ReadonlySet<string>;
}

export interface ExcelJSWorkbookOptions {
  /** Per sheet name, as in {@link ExcelJSGridOptions.cachedEmptyStrings}. */
  readonly cachedEmptyStrings?: ReadonlyMap<string, ReadonlySet<string>>;
}

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 system's day 0 (1899-12-30, counting the fictitious 1900-02-29) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A Date from exceljs to a 1900-system serial. exceljs turns a serial into a
 * Date (in UTC) with the same offset for every serial, i.e. correct from
 * serial 61 (1900-03-01) on; inverting exactly that gives back the number
 * the file holds, also below 61.
 */
export function excelSerialFromDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Dates carry milliseconds; round away the float noise of the division.
  return Math.round(serial * 1e9) / 1e9;
}

type Scalar = number | string | boolean | Date | { error: string } | null | undefined;

function richTextOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return (value as { richText: { text?: string }[] }).richText.map((r) => r.text ?? '').join('');
  }
  return undefined;
}

function scalarValue(value: Scalar): RawValue {
  if (value === null || value === undefined) return { type: 'blank' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return { type: 'date', serial: excelSerialFromDate(value) };
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') {
    return { type: 'error', value: (value as { error: string }).error };
  }
  const rich = richTextOf(value);
  if (rich !== undefined) return { type: 'string', value: rich };
  return { type: 'string', value: String(value) };
}

function isFormulaValue(value: unknown): value is { formula?: string; sharedFormula?: string; result?: Scalar } {
  return (
    !!value &&
    typeof value === 'object' &&
    (typeof (value as { formula?: unknown }).formula === 'string' ||
      typeof (value as { sharedFormula?: unknown }).sharedFormula === 'string')
  );
}

function hyperlinkText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || !('hyperlink' in value)) return undefined;
  const text = (value as { text?: unknown }).text;
  if (typeof text === 'string') return text;
  return richTextOf(text) ?? '';
}

/** One exceljs cell as the file holds it. */
export function rawCellFromExcelJS(cell: ExcelJS.Cell, cachedEmptyString = false): RawCell {
  // The other cells of a merged range echo the top-left value in exceljs; the Grid keeps them blank.
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return BLANK;
  const value = cell.value as unknown;
  const numFmt = cell.numFmt || undefined;
  const withFmt = (raw: RawCell): RawCell => (numFmt ? { ...raw, numFmt } : raw);

  if (isFormulaValue(value)) {
    // `cell.formula` translates a shared formula's follower cells to their own references.
    const formula = (cell.formula || value.formula || value.sharedFormula || '').replace(/^=/, '');
    // `cell.result` reads the model; `cell.value` drops a falsy result (0, false, "") in exceljs's copy.
    const result = (cell as unknown as { result?: Scalar }).result ?? value.result;
    if (result === undefined || result === null) {
      if (cachedEmptyString) return withFmt({ value: { type: 'string', value: '' }, formula });
      return withFmt({ value: { type: 'blank' }, formula, uncachedFormula: true });
    }
    return withFmt({ value: scalarValue(result), formula });
  }
  const link = hyperlinkText(value);
  if (link !== undefined) return withFmt({ value: { type: 'string', value: link } });
  const raw = scalarValue(value as Scalar);
  // A formatted but empty cell is blank like any other (as the fast reader has it).
  if (raw.type === 'blank') return BLANK;
  return withFmt({ value: raw });
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  // `_merges` holds ranges as numbers; `model.merges` would rebuild the whole sheet model.
  const internal = (ws as unknown as { _merges?: Record<string, { model?: CellRange } | undefined> })._merges;
  if (internal) {
    return Object.values(internal)
      .map((r) => r?.model)
      .filter((m): m is CellRange => !!m)
      .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  }
  const refs = (ws.model as { merges?: string[] } | undefined)?.merges ?? [];
  return refs.map(rangeOfAddress).filter((r): r is CellRange => r !== undefined);
}

/** Used extent: the last row and column holding a value (styles alone do not count), or covered by a merge. */
function usedExtent(ws: ExcelJS.Worksheet, merges: readonly CellRange[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cell.value as unknown;
      if (v === null || v === undefined || v === '') return;
      if (rowNumber > rows) rows = rowNumber;
      if (colNumber > cols) cols = colNumber;
    });
  });
  for (const m of merges) {
    if (m.bottom > rows) rows = m.bottom;
    if (m.right > cols) cols = m.right;
  }
  return { rows, cols };
}

/**
 * The Grid over one exceljs worksheet: numbers, strings, rich text and
 * hyperlinks (their text), booleans, dates (as 1900-system serials), errors,
 * formulas with their cached result or flagged uncached, merges and protection.
 * @example const grid = gridFromExcelJSWorksheet(workbook.getWorksheet('基本情况统计表')!);
 */
export function gridFromExcelJSWorksheet(ws: ExcelJS.Worksheet, options: ExcelJSGridOptions = {}): Grid {
  const merges = mergesOf(ws);
  const { rows, cols } = usedExtent(ws, merges);
  const cache = new Map<number, RawCell>();
  const empties = options.cachedEmptyStrings;
  return {
    sheetName: ws.name,
    rowCount: rows,
    colCount: cols,
    merges,
    // exceljs keeps protection on the sheet object, outside its published typings.
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet),
    cell(row: number, col: number): RawCell {
      if (row < 1 || col < 1 || row > rows || col > cols) return BLANK;
      const key = row * 16_385 + col;
      const hit = cache.get(key);
      if (hit) return hit;
      const cell = ws.findCell(row, col);
      const raw = cell ? rawCellFromExcelJS(cell, empties?.has(cell.address) ?? false) : BLANK;
      cache.set(key, raw);
      return raw;
    },
  };
}

/**
 * All sheets of an exceljs workbook, in workbook order, each made into a Grid
 * on first use; hidden and very hidden sheets are listed in `hiddenSheets`.
 */
export function workbookGridsFromExcelJS(wb: ExcelJS.Workbook, options: ExcelJSWorkbookOptions = {}): WorkbookGrids {
  const sheets = wb.worksheets;
  const grids = new Map<string, Grid>();
  return {
    sheetNames: sheets.map((ws) => ws.name),
    hiddenSheets: new Set(sheets.filter((ws) => ws.state === 'hidden' || ws.state === 'veryHidden').map((ws) => ws.name)),
    sheet(name: string): Grid | undefined {
      const known = grids.get(name);
      if (known) return known;
      const ws = sheets.find((s) => s.name === name);
      if (!ws) return undefined;
      const grid = gridFromExcelJSWorksheet(ws, { cachedEmptyStrings: options.cachedEmptyStrings?.get(name) });
      grids.set(name, grid);
      return grid;
    },
  };
}
