import { cellText } from '../grid/cell-text.js';
import type { WorkbookGrids } from '../grid/grid.js';
import type { TemplateSpec } from '../spec/template-spec.js';

/** The sheet of a merge's 汇总表.xlsx with one row per unit (its head: 单位代码, 单位名称, …, then `A01 应建会单位数（家）` …). */
export const BY_UNIT_SHEET = '分单位';
const CODE_HEAD = '单位代码';

export type PriorByUnit = Record<string, Record<string, number>>;

/**
 * Last year's accepted figures of each unit from last year's 汇总表.xlsx: its
 * 分单位 sheet holds exactly the units that went into the totals, one row
 * each, with their 本年 per indicator. Indicator columns are found by the code
 * that begins their head; rows without a unit code, and cells without a
 * number, are left out. Undefined when the workbook has no such sheet.
 * @example priorFromSummary(spec, grids)?.['990101'].A01 // 1180
 */
export function priorFromSummary(spec: TemplateSpec, workbook: WorkbookGrids): PriorByUnit | undefined {
  const grid = workbook.sheet(BY_UNIT_SHEET);
  if (!grid) return undefined;
  const codes = new Set(spec.indicators.map((i) => i.code));
  let codeCol: number | undefined;
  const columns: [number, string][] = [];
  for (let c = 1; c <= grid.colCount; c++) {
    const head = cellText(grid.cell(1, c));
    if (head === CODE_HEAD) codeCol = c;
    const code = /^([A-Z]{1,2}[0-9]{1,3})(\s|$)/.exec(head)?.[1];
    if (code && codes.has(code)) columns.push([c, code]);
  }
  if (codeCol === undefined) return undefined;
  const byUnit: PriorByUnit = {};
  for (let r = 2; r <= grid.rowCount; r++) {
    const unit = cellText(grid.cell(r, codeCol)).toUpperCase();
    if (unit === '' || byUnit[unit]) continue;
    const figures: Record<string, number> = {};
    for (const [c, code] of columns) {
      const v = grid.cell(r, c).value;
      if (v.type === 'number' && Number.isFinite(v.value)) figures[code] = v.value;
    }
    byUnit[unit] = figures;
  }
  return byUnit;
}
