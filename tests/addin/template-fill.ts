import type ExcelJS from 'exceljs';
import { a1 } from '../../core/grid/address.js';
import { standardSpec } from '../../core/templates/index.js';
import { buildTemplateWorkbook, fillTemplate, templateLayout, type TemplateFill } from '../../report/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';

/**
 * Filled standard templates for the add-in's tests: a clean one and a flawed
 * one, generated with the pipeline's own template builder and filler.
 */
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
