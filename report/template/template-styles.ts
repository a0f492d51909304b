import type ExcelJS from 'exceljs';
import type { Indicator } from '../../core/spec/template-spec.js';

/** The look of the template, in one place. 宋体 is on every Chinese Windows and in WPS. */
export const FONT_NAME = '宋体';

export const bodyFont: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 11 };
export const boldFont: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 11, bold: true };
export const titleFont: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 16, bold: true };

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Cells the statistician types into. */
export const inputFill = solid('FFFFF9DB');
/** Cells the template computes. */
export const computedFill = solid('FFF2F2F2');
export const headFill = solid('FFDDEBF7');
export const sectionFill = solid('FFEDEDED');

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const cellBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const underline: Partial<ExcelJS.Borders> = { bottom: thin };

/** Column widths by table column key (characters). */
export const columnWidths: Record<string, number> = {
  code: 12,
  name: 40,
  unit: 12,
  current: 15,
  prior: 15,
  change: 15,
  note: 36,
};

/** Number format of an indicator's value cells: `#,##0` counts, `#,##0.00` amounts, `0.0` rates. */
export function numFmtFor(ind: Pick<Indicator, 'kind' | 'decimals'>): string {
  const fraction = ind.decimals > 0 ? `.${'0'.repeat(ind.decimals)}` : '';
  return ind.kind === 'rate' ? `0${fraction}` : `#,##0${fraction}`;
}
