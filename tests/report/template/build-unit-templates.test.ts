import ExcelJS from 'exceljs';
import { a1 } from '../../../core/grid/address.js';
import { extractTemplate } from '../../../core/grid/extract-template.js';
import { check } from '../../../core/rules/check.js';
import { standardSpec } from '../../../core/templates/index.js';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { buildUnitTemplate, prefilledUnits, unitTemplateFileName } from '../../../report/template/build-unit-templates.js';
import { fillTemplate, templateLayout } from '../../../report/template/index.js';
import { unitFigures, SAMPLE_UNITS } from '../../../samples/sample-data.js';

const layout = templateLayout(standardSpec);
const priorCell = (code: string) => a1(layout.rows[code], layout.columns.prior!);
const unit = SAMPLE_UNITS[1];

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

describe('buildUnitTemplate: a unit without figures of last year', () => {
  it('gets an open 上年 column, no source note, and its header still checked against _meta', async () => {
    const [prefilled] = prefilledUnits(standardSpec, { units: [{ code: unit.code, name: unit.name }], year: 2025, period: 'half' });
    expect(prefilled).toEqual({ unitCode: unit.code, unitName: unit.name, year: 2025, period: 'half', prior: {} });
    expect(unitTemplateFileName(standardSpec, prefilled)).toBe(`${unit.name}2025上半年.xlsx`);
    const wb = await reread(buildUnitTemplate(standardSpec, prefilled));
    const ws = wb.getWorksheet(standardSpec.sheetName)!;
    expect(ws.getCell(priorCell('A01')).value ?? null).toBeNull();
    expect(ws.getCell(priorCell('A01')).protection?.locked).toBe(false);
    expect(ws.getCell(layout.headRow, layout.columns.prior!).note).toBeUndefined();
    const keys: string[] = [];
    wb.getWorksheet('_meta')!.eachRow((row) => keys.push(String(row.getCell(1).value)));
    expect(keys).toEqual(['templateId', 'version', 'fingerprint', 'spec.format', 'spec.size', 'spec.1', 'unitCode', 'unitName', 'year', 'period', 'seal']);

    // The county types its own 上年: nothing to compare it with, so no issue; a changed 统计期 still is one.
    const figures = unitFigures(unit, 2025);
    fillTemplate(wb, standardSpec, { current: figures, prior: unitFigures(unit, 2024), header: { preparer: '王丽', phone: '0999-1', period: '年报' } });
    const read = readWorkbookFast(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'x.xlsx');
    if (!read.ok) throw new Error(read.issue.message.zh);
    const x = extractTemplate(standardSpec, read.workbook);
    if (!x.ok) throw new Error(x.issues[0].message.zh);
    const issues = check(standardSpec, x.extracted).issues.filter((i) => i.code.startsWith('meta.'));
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.values.found}→${i.values.expected}`)).toEqual(['hard meta.header-changed 年报→上半年']);
  });

  it('keeps only numbers of the indicators a unit types (a rate’s 上年 is its formula’s)', () => {
    const [prefilled] = prefilledUnits(standardSpec, {
      units: [{ code: unit.code.toLowerCase(), name: unit.name }],
      year: 2025,
      period: 'annual',
      prior: { [unit.code.toUpperCase()]: { A01: 10, A02: 9, A03: 90, C01: Number.NaN } },
      priorSources: { [unit.code.toUpperCase()]: '汇总表.xlsx' },
    });
    expect(prefilled.prior).toEqual({ A01: 10, A02: 9 });
    expect(prefilled.priorSource).toBe('汇总表.xlsx');
  });
});
