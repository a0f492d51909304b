import ExcelJS from 'exceljs';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';

/** Writes a workbook to xlsx bytes and loads it back, as a file from disk would arrive. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/** Row of each indicator code, found by scanning column A (not from the layout module under test). */
export function rowsByCode(ws: ExcelJS.Worksheet): Record<string, number> {
  const rows: Record<string, number> = {};
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string' && /^[A-Z][0-9]{2}$/.test(v)) rows[v] = n;
  });
  return rows;
}

/** Column number of each table head label, found in the head row (the row whose column A reads 代码). */
export function headColumns(ws: ExcelJS.Worksheet, spec: TemplateSpec): { headRow: number; cols: Record<string, number> } {
  let headRow = 0;
  ws.eachRow((row, n) => {
    if (!headRow && row.getCell(1).value === spec.columns[0].label.zh && row.getCell(2).value === spec.columns[1].label.zh) headRow = n;
  });
  const cols: Record<string, number> = {};
  const row = ws.getRow(headRow);
  for (const c of spec.columns) {
    for (let col = 1; col <= spec.columns.length; col++) if (row.getCell(col).value === c.label.zh) cols[c.key] = col;
  }
  return { headRow, cols };
}

/** A formula cell's cached result; exceljs's `cell.value` copy drops falsy results, `cell.result` does not. */
export function resultOf(cell: ExcelJS.Cell): unknown {
  return (cell as unknown as { result?: unknown }).result;
}

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { formula?: string } | null;
  return v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
}
