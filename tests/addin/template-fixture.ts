import type ExcelJS from 'exceljs';
import { standardSpec } from '../../core/templates/index.js';
import { FakeSheet, type FakeCell } from './fake-excel.js';

export { cellOf, filledWorkbook, flawedFill, header, layout, unit, validFill } from './template-fill.js';

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
    // `cell.value` drops a falsy cached result (0, ""): read the model's.
    const cached = (cell as unknown as { result?: unknown }).result ?? f.result;
    const result = scalar(cached) ?? { value: '', type: 'String' as const, numberFormat };
    return { ...result, formula: (cell.formula || f.formula || '').replace(/^=/, '') };
  }
  return scalar(v);
}

/** The template sheet of `wb` as a FakeSheet. */
export function fakeTemplateSheet(wb: ExcelJS.Workbook, options: { protected?: boolean; allowFormatCells?: boolean; sheetName?: string } = {}): FakeSheet {
  const ws = wb.getWorksheet(options.sheetName ?? standardSpec.sheetName)!;
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

/** The `_meta` sheet as office-js reports it: keys and values as text (the version a number). */
export function fakeMetaSheet(wb: ExcelJS.Workbook): FakeSheet {
  const sheet = new FakeSheet('_meta');
  wb.getWorksheet('_meta')!.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      sheet.cells.set(cell.address, typeof v === 'number' ? { value: v, type: 'Double' } : { value: String(v), type: 'String' });
    }),
  );
  return sheet;
}
