import type ExcelJS from 'exceljs';
import { excelSerialFromDate } from '../../core/grid/exceljs-grid.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { FormulaValue } from './formula-values.js';
import { templateFormulas } from './template-formulas.js';
import type { TemplateLayout } from './template-layout.js';

/** What a cell holds, as a formula reading it would see it. */
function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): FormulaValue {
  // Through the row: exceljs's streaming writer's own findCell(row, col) loses the column.
  const cell = ws.findRow(row)?.findCell(col);
  const value = cell?.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerialFromDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { error: v.error };
    if ('formula' in v || 'sharedFormula' in v) {
      // `cell.result` reads the model; `cell.value` drops a falsy result (0, false, "") in exceljs's copy.
      const result = (cell as unknown as { result?: unknown }).result ?? v.result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return excelSerialFromDate(result);
      return result as FormulaValue;
    }
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return null;
}

function holdsFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return !!v && typeof v === 'object' && 'formula' in (v as object);
}

/**
 * Writes every template formula with the result Excel would cache for the
 * values now in the sheet, so a file written by code reads like one saved by
 * Excel. A formula cell someone overwrote with a value is left as it is.
 */
export function recomputeFormulas(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  const read = (row: number, col: number) => cellValue(ws, row, col);
  for (const f of templateFormulas(spec, layout)) {
    const cell = ws.getCell(f.row, f.col);
    if (cell.value !== null && cell.value !== undefined && !holdsFormula(cell)) continue;
    const result = f.evaluate(read);
    cell.value = { formula: f.formula, result: (result ?? '') as ExcelJS.CellFormulaValue['result'] };
  }
}
