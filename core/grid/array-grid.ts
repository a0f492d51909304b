import { BLANK, type CellRange, type Grid, type RawCell } from './grid.js';

export interface ArrayGridOptions {
  merges?: CellRange[];
  protected?: boolean;
}

/**
 * A Grid over a 2-D array of cells; `cells[0][0]` is A1. The Excel add-in
 * builds its Grid this way from office-js `values`/`formulas`/`numberFormat`,
 * and tests build sheets with it.
 * @example arrayGrid('基本情况统计表', [[rawOf('代码'), rawOf('本年')], [rawOf('A01'), rawOf(12)]])
 */
export function arrayGrid(sheetName: string, cells: (RawCell | undefined)[][], options: ArrayGridOptions = {}): Grid {
  let colCount = 0;
  for (const row of cells) if (row.length > colCount) colCount = row.length;
  const merges = Object.freeze([...(options.merges ?? [])]);
  return {
    sheetName,
    rowCount: cells.length,
    colCount,
    merges,
    protected: options.protected,
    cell(row: number, col: number): RawCell {
      return cells[row - 1]?.[col - 1] ?? BLANK;
    },
  };
}

/** What office-js reports as the value of an error cell. */
const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/**
 * A raw cell from a plain value, as office-js `values` give them: `''`, null and
 * undefined are blank; an Excel error literal (`#DIV/0!`) is an error value.
 * `extra` adds the formula, number format or uncached flag.
 * @example rawOf(0.923, { numFmt: '0.0%' })
 */
export function rawOf(value: number | string | boolean | null | undefined, extra: Omit<RawCell, 'value'> = {}): RawCell {
  if (value === null || value === undefined || value === '') return { value: { type: 'blank' }, ...extra };
  if (typeof value === 'number') return { value: { type: 'number', value }, ...extra };
  if (typeof value === 'boolean') return { value: { type: 'boolean', value }, ...extra };
  if (EXCEL_ERRORS.has(value)) return { value: { type: 'error', value }, ...extra };
  return { value: { type: 'string', value }, ...extra };
}
