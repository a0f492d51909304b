/// <reference types="office-js" />
import { arrayGrid } from '../../core/grid/array-grid.js';
import type { Grid, RawCell } from '../../core/grid/grid.js';
import { META_SHEET_NAME } from '../../core/grid/template-sheet-names.js';

/** Key and value columns of the `_meta` sheet, as many rows as readMeta scans. */
const META_RANGE = 'A1:B1000';

/** The `_meta` sheet's name among the workbook's sheets (hidden, any case), if it has one. */
export function metaSheetName(sheetNames: readonly string[]): string | undefined {
  return sheetNames.find((n) => n.trim().toLowerCase() === META_SHEET_NAME);
}

/** Queues the load of the `_meta` sheet's keys and values (ExcelApi 1.1), to ride on a sync already planned. */
export function queueMetaSheet(sheets: Excel.WorksheetCollection, name: string): Excel.Range {
  const range = sheets.getItem(name).getRange(META_RANGE);
  range.load('values');
  return range;
}

/** The loaded `_meta` values as a grid: what a pre-filled template says of its unit and last year's figures. */
export function takeMetaSheet(name: string, range: Excel.Range): Grid {
  const rows = (range.values as unknown[][]).map((row) =>
    row.map((v): RawCell | undefined => {
      if (typeof v === 'number') return { value: { type: 'number', value: v } };
      if (typeof v === 'string' && v !== '') return { value: { type: 'string', value: v } };
      return undefined;
    }),
  );
  return arrayGrid(name, rows);
}
