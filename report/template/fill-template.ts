import type ExcelJS from 'exceljs';
import type { HeaderFieldKey, TemplateSpec } from '../../core/spec/template-spec.js';
import { recomputeFormulas } from './recompute-formulas.js';
import { layoutOfCode, templateLayouts } from './template-layout.js';

export type FillValue = number | string | null;

/** What to write into a template: header fields, 本年/上年 per indicator code, 说明 per code. */
export interface TemplateFill {
  header?: Partial<Record<HeaderFieldKey, string | number>>;
  current?: Record<string, FillValue>;
  prior?: Record<string, FillValue>;
  notes?: Record<string, string>;
}

function write(cell: ExcelJS.Cell, value: FillValue | undefined): void {
  if (value === undefined) return;
  // Strings stay strings: `1,234` or `１２３` typed as text is exactly what the reader must cope with.
  cell.value = value === '' ? null : value;
}

/**
 * Writes a submission into a workbook made by buildTemplateWorkbook from the
 * same spec, at the cells the builder laid out, then recomputes the cached
 * result of every formula from the filled values. A value given for a derived
 * indicator replaces its formula, as a person typing over it would; null
 * clears a cell. An unknown code or header field is a programmer error.
 * @example fillTemplate(wb, standardSpec, { current: { A01: 200, A02: 150 } })
 */
export function fillTemplate(workbook: ExcelJS.Workbook, spec: TemplateSpec, fill: TemplateFill): ExcelJS.Workbook {
  const layouts = templateLayouts(spec);
  const sheets = layouts.map((layout) => {
    const ws = workbook.getWorksheet(layout.sheetName);
    if (!ws) throw new Error(`workbook has no sheet ${layout.sheetName}: not a template of ${spec.id}`);
    return ws;
  });
  const [first] = layouts;

  for (const [key, value] of Object.entries(fill.header ?? {}) as [HeaderFieldKey, string | number][]) {
    const slot = first.header.find((h) => h.key === key);
    if (!slot) throw new Error(`spec ${spec.id} has no header field ${key}`);
    write(sheets[0].getCell(slot.row, slot.valueCol), value);
  }
  const valueColumns = [
    ['current', fill.current],
    ['prior', fill.prior],
    ['note', fill.notes],
  ] as const;
  for (const [key, values] of valueColumns) {
    if (!values) continue;
    const col = first.columns[key];
    if (col === undefined) throw new Error(`spec ${spec.id} has no ${key} column`);
    for (const [code, value] of Object.entries(values)) {
      const layout = layoutOfCode(layouts, code);
      if (layout === undefined) throw new Error(`spec ${spec.id} has no indicator ${code}`);
      write(sheets[layouts.indexOf(layout)].getCell(layout.rows[code], col), value);
    }
  }
  layouts.forEach((layout, i) => recomputeFormulas(sheets[i], spec, layout));
  return workbook;
}
