import type { Grid, RawCell } from '../../../core/grid/grid.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { specTables } from '../../../core/spec/spec-tables.js';
import { CHINESE_NUMERALS } from '../../../core/messages/chinese-numerals.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { SUMMARY_SHEETS } from '../../../report/build-summary-xlsx.js';
import type { SummarySheet } from '../../excel/write-summary.js';

/** What a cell shows, as a value office-js writes: numbers stay numbers, a formula its saved result. */
function shown(cell: RawCell): string | number | null {
  const v = cell.value;
  switch (v.type) {
    case 'number':
      return v.value;
    case 'string':
    case 'error':
      return v.value;
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'date':
      return v.serial;
    default:
      return null;
  }
}

function rowsOf(grid: Grid): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(shown(grid.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

/**
 * The sheets 汇总 / 分单位 / 同比分析 / 报送情况 / 审核结果 as values, read
 * back from the 汇总表.xlsx report/ built: the open workbook then gets the
 * same figures and words as the file, with no second copy of the layout code.
 * The filled template sheet is named 汇总 there (汇总表一, 汇总表二 … for a template of several tables).
 */
export function summarySheets(xlsx: Uint8Array, spec: TemplateSpec): SummarySheet[] {
  const read = readWorkbookFast(xlsx, '汇总表.xlsx');
  if (!read.ok || !read.workbook) throw new Error('the summary workbook built here does not read back');
  // A template of several tables: one 汇总 sheet per table (汇总表一, 汇总表二 …).
  const tables = specTables(spec);
  const wanted: [string, string][] = [
    ...tables.map((t, i): [string, string] => [t.sheetName, tables.length > 1 ? `汇总表${CHINESE_NUMERALS[i] ?? i + 1}` : '汇总']),
    [SUMMARY_SHEETS.byUnit, SUMMARY_SHEETS.byUnit],
    [SUMMARY_SHEETS.yoy, SUMMARY_SHEETS.yoy],
    [SUMMARY_SHEETS.statuses, SUMMARY_SHEETS.statuses],
    [SUMMARY_SHEETS.issues, SUMMARY_SHEETS.issues],
  ];
  return wanted.map(([from, name]) => {
    const grid = read.workbook!.sheet(from);
    if (!grid) throw new Error(`the summary workbook has no sheet ${from}`);
    return { name, rows: rowsOf(grid) };
  });
}
