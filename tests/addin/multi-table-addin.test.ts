import { createExcelAccess, type SupportsSet } from '../../addin/excel/index.js';
import { checkByOwnSpec } from '../../addin/taskpane/check-by-own-spec.js';
import type { FallbackSpec } from '../../addin/taskpane/federation-spec.js';
import { HIGHLIGHT_COLOURS } from '../../addin/excel/highlight-colours.js';
import { a1 } from '../../core/grid/address.js';
import { standardSpec } from '../../core/templates/index.js';
import { templateLayout } from '../../report/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';
import { twoTableSpec as spec } from '../../samples/two-table-spec.js';
import { filledFrom } from '../support/changed-spec.js';
import { FakeExcel, type FakeSheet } from './fake-excel.js';
import { fakeMetaSheet, fakeTemplateSheet } from './template-fixture.js';

const context = { collection: { year: 2025, period: 'annual' as const } };
const api: SupportsSet = (name, version) => name === 'ExcelApi' && Number(version) <= 1.1;
// The add-in as a federation hosts it: built with the standard spec; the workbook carries its own two-table spec.
const standard: FallbackSpec = { spec: standardSpec, origin: 'standard' };
const unit = SAMPLE_UNITS[0];
const header = { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' };
const [t1, t2] = [templateLayout(spec, 0), templateLayout(spec, 1)];

async function inExcel(current: Record<string, number | null>, edit: (sheets: FakeSheet[]) => void = () => {}) {
  const wb = await filledFrom(spec, { header, current, prior: unitFigures(unit, 2024) });
  const sheets = [fakeTemplateSheet(wb, { sheetName: t1.sheetName }), fakeTemplateSheet(wb, { sheetName: t2.sheetName }), fakeMetaSheet(wb)];
  edit(sheets);
  const fake = new FakeExcel(sheets, { active: t1.sheetName });
  const access = createExcelAccess({ sheetName: standardSpec.sheetName, run: fake.run, supports: api });
  return { ...(await checkByOwnSpec(access, standard, context)), access, fake };
}

describe('the add-in on a template of two tables', () => {
  it('reads both tables’ sheets, checks the cross-table 审核公式 and highlights each issue on its own sheet', async () => {
    const current: Record<string, number | null> = { ...unitFigures(unit, 2025) };
    current.C08 = (current.A04 as number) + 1; // 表二 C08 > 表一 A04
    current.A02 = (current.A01 as number) + 5; // 表一's own rule
    const { review, spec: used, access, fake } = await inExcel(current);
    expect(used).toEqual(spec);
    expect(review.extracted?.tables?.map((t) => t.sheet)).toEqual([t1.sheetName, t2.sheetName]);
    const c08 = a1(t2.rows.C08, t2.columns.current!);
    const a02 = a1(t1.rows.A02, t1.columns.current!);
    const hard = review.issues.filter((i) => i.severity === 'hard').map((i) => `${i.ruleId} ${i.sheet}!${i.cell} [${i.related.join(' ')}]`);
    expect(hard).toEqual([
      `A02-le-A01 ${t1.sheetName}!${a02} [${a1(t1.rows.A01, t1.columns.current!)}]`,
      `C08-le-A04 ${t2.sheetName}!${c08} [${t1.sheetName}!${a1(t1.rows.A04, t1.columns.current!)}]`,
    ]);
    await access.highlight(review.marks);
    const [sheet1, sheet2] = fake.sheets;
    expect(sheet1.fillOf(a02)).toBe(HIGHLIGHT_COLOURS.hard);
    expect(sheet2.fillOf(c08)).toBe(HIGHLIGHT_COLOURS.hard);
    // C08 put right on 表二: the next check's highlights put back what was under the old one there, and keep 表一's.
    sheet2.cells.set(c08, { value: unitFigures(unit, 2025).C08, type: 'Double' });
    const again = await checkByOwnSpec(access, standard, context);
    expect(again.review.issues.filter((i) => i.severity === 'hard').map((i) => i.ruleId)).toEqual(['A02-le-A01']);
    await access.highlight(again.review.marks);
    expect(sheet2.fillOf(c08)).not.toBe(HIGHLIGHT_COLOURS.hard);
    expect(sheet1.fillOf(a02)).toBe(HIGHLIGHT_COLOURS.hard);
  });

  it('fills a rate of 表二 whose formula was cleared, on 表二’s sheet', async () => {
    const c10 = a1(t2.rows.C10, t2.columns.current!);
    const a03 = a1(t1.rows.A03, t1.columns.current!);
    const { review, access, fake } = await inExcel(unitFigures(unit, 2025), (sheets) => {
      sheets[1].cells.delete(c10);
      sheets[0].cells.delete(a03);
    });
    const figures = unitFigures(unit, 2025);
    const rate = (n: number, d: number, f: number, dec: number) => Math.round((n / d) * f * 10 ** dec) / 10 ** dec;
    expect(review.fills).toEqual([
      { sheet: t1.sheetName, cell: a03, value: rate(figures.A02, figures.A01, 100, 1) },
      { sheet: t2.sheetName, cell: c10, value: rate(figures.C01, figures.C07, 10000, 2) },
    ]);
    expect(await access.fillDerived(review.fills)).toEqual({ done: true, cells: 2 });
    expect(fake.sheets[1].cells.get(c10)?.value).toBe(review.fills[1].value);
    expect(fake.sheets[0].cells.get(a03)?.value).toBe(review.fills[0].value);
  });
});
