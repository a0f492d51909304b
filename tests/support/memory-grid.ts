import { arrayGrid, rawOf } from '../../core/grid/array-grid.js';
import type { CellRange, Grid, RawCell, WorkbookGrids } from '../../core/grid/grid.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';

/** A cell in a test sheet: a plain value (through rawOf) or a raw cell for formulas and formats. */
export type TestCell = number | string | boolean | null | undefined | RawCell;

const isRaw = (c: TestCell): c is RawCell => typeof c === 'object' && c !== null;

/** A Grid from rows of plain values; row 0 is Excel row 1. */
export function testGrid(name: string, rows: TestCell[][], merges: CellRange[] = []): Grid {
  return arrayGrid(name, rows.map((row) => row.map((c) => (isRaw(c) ? c : rawOf(c)))), { merges });
}

/** A workbook over ready grids; `hidden` names hidden sheets. */
export function memoryWorkbook(grids: Grid[], hidden: string[] = []): WorkbookGrids {
  const byName = new Map(grids.map((g) => [g.sheetName, g]));
  return {
    sheetNames: grids.map((g) => g.sheetName),
    hiddenSheets: new Set(hidden),
    sheet: (name) => byName.get(name),
  };
}

export interface StandardRowsOptions {
  /** Values per code: [本年, 上年, 说明?]; default 本年 = 100 + i, 上年 = 90 + i. */
  values?: Record<string, [TestCell, TestCell, TestCell?]>;
  /** Header values by label; default a complete header. */
  header?: Record<string, TestCell>;
}

export const STANDARD_HEADER: Record<string, TestCell> = {
  填报单位: '某某县总工会',
  单位代码: 320101,
  统计年度: 2024,
  统计期: '年报',
  填报人: '张三',
  联系电话: '0510-88881234',
  单位负责人: '李四',
  填报日期: '2025-01-10',
};

/** The head row of the standard layout, columns A–G. */
export const STANDARD_HEAD = ['代码', '指标名称', '计量单位', '本年', '上年', '增减', '说明'];

/**
 * The layout the template generator writes: title in row 1 (merged A1:G1),
 * header block in rows 3–6 (labels in A and C, values in B and D), head row 8,
 * one indicator per row from row 9 (A01 in row 9 … C10 in row 38).
 */
export function standardRows(spec: TemplateSpec, options: StandardRowsOptions = {}): TestCell[][] {
  const h = { ...STANDARD_HEADER, ...options.header };
  const rows: TestCell[][] = [
    [spec.title.zh],
    [],
    ['填报单位', h['填报单位'], '单位代码', h['单位代码']],
    ['统计年度', h['统计年度'], '统计期', h['统计期']],
    ['填报人', h['填报人'], '联系电话', h['联系电话']],
    ['单位负责人', h['单位负责人'], '填报日期', h['填报日期']],
    [],
    [...STANDARD_HEAD],
  ];
  spec.indicators.forEach((ind, i) => {
    const [current, prior, note] = options.values?.[ind.code] ?? [100 + i, 90 + i];
    const name = ind.parent ? `  其中：${ind.name.zh}` : ind.name.zh;
    rows.push([ind.code, name, ind.unit.zh, current, prior, null, note ?? null]);
  });
  return rows;
}

export const TITLE_MERGE: CellRange = { top: 1, left: 1, bottom: 1, right: 7 };

/** The standard sheet as a Grid, named as the spec says. */
export function standardGrid(spec: TemplateSpec, options: StandardRowsOptions = {}): Grid {
  return testGrid(spec.sheetName, standardRows(spec, options), [TITLE_MERGE]);
}
