import type ExcelJS from 'exceljs';
import { a1 } from '../../core/grid/address.js';
import { standardSpec } from '../../core/templates/index.js';
import { buildTemplateWorkbook, fillTemplate, templateLayout, type TemplateFill } from '../../pipeline/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';
import { FakeSheet, type FakeCell } from './fake-excel.js';

export const unit = SAMPLE_UNITS[0];
export const header = { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' };
export const layout = templateLayout(standardSpec);

/** A1 of an indicator's 本年 / 上年 / 增减 cell in the generated template. */
export function cellOf(code: string, key: 'current' | 'prior' | 'change' = 'current'): string {
  return a1(layout.rows[code], layout.columns[key]!);
}

export const validFill: TemplateFill = { header, current: unitFigures(unit, 2025), prior: unitFigures(unit, 2024) };

/** Two hard problems and one open soft one, all on the 本年 column: A02 > A01, C01 ≠ Σ parts, A05 > A04. */
export function flawedFill(): TemplateFill {
  const current: Record<string, number | string | null> = { ...unitFigures(unit, 2025) };
  current.A02 = (current.A01 as number) + 10;
  current.C01 = Math.round(((current.C01 as number) + 5) * 100) / 100;
  current.A05 = (current.A04 as number) + 100;
  return { header, current, prior: unitFigures(unit, 2024) };
}

export function filledWorkbook(fill: TemplateFill): ExcelJS.Workbook {
  const wb = buildTemplateWorkbook(standardSpec);
  fillTemplate(wb, standardSpec, fill);
  return wb;
}

/** An exceljs cell as office-js would report it (formula cells carry their cached result). */
function officeCell(cell: ExcelJS.Cell): FakeCell | undefined {
  const v = cell.value as unknown;
  const numberFormat = cell.numFmt || undefined;
  const scalar = (x: unknown): FakeCell | undefined => {
    if (x === null || x === undefined || x === '') return undefined;
    if (typeof x === 'number') return { value: x, type: Number.isInteger(x) ? 'Integer' : 'Double', numberFormat };
    if (typeof x === 'boolean') return { value: x, type: 'Boolean', numberFormat };
    if (typeof x === 'string') return { value: x, type: 'String', numberFormat };
    if (typeof x === 'object' && 'error' in (x as object)) return { value: (x as { error: string }).error, type: 'Error', numberFormat };
    if (typeof x === 'object' && 'richText' in (x as object)) {
      return { value: (x as { richText: { text: string }[] }).richText.map((r) => r.text).join(''), type: 'String', numberFormat };
    }
    throw new Error(`fixture cannot convert ${JSON.stringify(x)}`);
  };
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; result?: unknown };
    const result = scalar(f.result) ?? { value: '', type: 'String' as const, numberFormat };
    return { ...result, formula: (cell.formula || f.formula || '').replace(/^=/, '') };
  }
  return scalar(v);
}

/** The template sheet of `wb` as a FakeSheet. */
export function fakeTemplateSheet(wb: ExcelJS.Workbook, options: { protected?: boolean; allowFormatCells?: boolean } = {}): FakeSheet {
  const ws = wb.getWorksheet(standardSpec.sheetName)!;
  const sheet = new FakeSheet(ws.name, options.protected ?? false, options.allowFormatCells ?? false);
  sheet.merges.push(...(((ws.model as { merges?: string[] }).merges ?? []) as string[]));
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const fake = officeCell(cell);
      if (fake) sheet.cells.set(cell.address, fake);
    }),
  );
  return sheet;
}
