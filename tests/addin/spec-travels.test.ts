import type ExcelJS from 'exceljs';
import { createExcelAccess, type SupportsSet } from '../../addin/excel/index.js';
import { checkByOwnSpec } from '../../addin/taskpane/check-by-own-spec.js';
import type { FallbackSpec } from '../../addin/taskpane/federation-spec.js';
import { a1 } from '../../core/grid/address.js';
import { specFingerprint } from '../../core/spec/spec-fingerprint.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';
import { templateLayout } from '../../report/template/index.js';
import { changedSpec, changedSpecFill, filledFrom } from '../support/changed-spec.js';
import { FakeExcel, FakeSheet } from './fake-excel.js';
import { fakeMetaSheet, fakeTemplateSheet, filledWorkbook, validFill } from './template-fixture.js';

const context = { collection: { year: 2025, period: 'annual' as const } };
const api: SupportsSet = (name, version) => name === 'ExcelApi' && Number(version) <= 1.1;
const standard: FallbackSpec = { spec: standardSpec, origin: 'standard' };

const cellOf = (spec: TemplateSpec, code: string) => {
  const layout = templateLayout(spec);
  return a1(layout.rows[code], layout.columns.current!);
};
const brief = (issues: { severity: string; code: string; cell?: string }[]) => issues.map((i) => `${i.severity} ${i.code} @${i.cell ?? '-'}`);

/** The add-in over office-addin-mock, with the workbook's template and `_meta` sheets; `editMeta` changes cells of `_meta` as a user could. */
async function inExcel(wb: ExcelJS.Workbook, fallback: FallbackSpec, editMeta: (meta: ReturnType<typeof fakeMetaSheet>) => void = () => {}) {
  const meta = fakeMetaSheet(wb);
  editMeta(meta);
  const fake = new FakeExcel([fakeTemplateSheet(wb), meta], { active: standardSpec.sheetName });
  const access = createExcelAccess({ sheetName: fallback.spec.sheetName, run: fake.run, supports: api });
  return { ...(await checkByOwnSpec(access, fallback, context)), fake };
}

describe('the add-in checks a workbook by the spec it carries', () => {
  it('a workbook made from a changed spec: its extra indicator read, its tighter threshold applied, read in the same 2 round trips as any workbook', async () => {
    const { review, spec, source, fingerprint, fake } = await inExcel(await filledFrom(changedSpec, changedSpecFill()), standard);
    expect(source).toBe('embedded');
    expect(fingerprint).toBe(specFingerprint(changedSpec));
    expect(spec).toEqual(changedSpec);
    expect(review.extracted?.rows.C11.current.reading).toEqual({ state: 'number', value: 120 });
    // 25 % more than last year: over the carried spec's 20 %, under the standard 30 %.
    expect(brief(review.issues)).toEqual([`soft historical.percent @${cellOf(changedSpec, 'A04')}`, `soft historical.percent @${cellOf(changedSpec, 'A05')}`]);
    // The sheet's shape, then its cells with `_meta`: the carried spec costs no round trip of its own.
    expect(fake.syncs).toBe(2);
  });

  it('the same figures in the standard template give no issue: the threshold is the spec’s, not the code’s', async () => {
    const fill = changedSpecFill();
    delete (fill.current as Record<string, unknown>).C11;
    delete (fill.prior as Record<string, unknown>).C11;
    const { review, source } = await inExcel(await filledFrom(standardSpec, fill), standard);
    expect(source).toBe('embedded');
    expect(review.issues).toEqual([]);
  });

  it('an older template without a carried spec is checked by the fallback, exactly as before', async () => {
    const wb = filledWorkbook(validFill);
    const { review, source } = await inExcel(wb, standard, (meta) => {
      for (const address of [...meta.cells.keys()]) if (!/^[AB][123]$/.test(address)) meta.cells.delete(address);
    });
    expect(source).toBe('standard');
    expect(review.found).toBe(true);
    expect(review.issues).toEqual([]);
  });

  it('with an invalid spec.json beside the pane: a workbook carrying its spec is checked, one without is refused with the reason', async () => {
    const problem = { zh: 'spec.json 无效', en: 'spec.json invalid' };
    const broken: FallbackSpec = { spec: standardSpec, origin: 'standard', problem };
    expect((await inExcel(await filledFrom(standardSpec, validFill), broken)).review.found).toBe(true);
    const old = await inExcel(filledWorkbook(validFill), broken, (meta) => {
      for (const address of [...meta.cells.keys()]) if (!/^[AB][123]$/.test(address)) meta.cells.delete(address);
    });
    expect(old.review.found).toBe(false);
    expect(old.refusal).toBe(problem);
  });

  it('a carried spec edited by hand is refused with its own words; nothing is checked', async () => {
    const wb = await filledFrom(changedSpec, changedSpecFill());
    const { review, refusal, spec } = await inExcel(wb, standard, (meta) => {
      const cell = meta.cells.get('B6')!;
      meta.cells.set('B6', { ...cell, value: String(cell.value).replace(/^.{8}/, 'AAAAAAAA') });
    });
    expect(spec).toBeUndefined();
    expect(review.found).toBe(false);
    expect(brief(review.issues)).toEqual([expect.stringMatching(/^hard spec-meta\.(garbled|tampered) @-$/)]);
    expect(refusal?.zh).toBe(review.issues[0].message.zh);
  });

  it('reads the table sheet the carried spec names, though the pane’s own spec names another and another sheet is active', async () => {
    const county = { ...changedSpec, id: 'county-form', sheetName: '县区统计表' };
    const wb = await filledFrom(county, changedSpecFill());
    const notes = new FakeSheet('说明');
    notes.cells.set('A1', { value: '填报前请阅读', type: 'String' });
    const fake = new FakeExcel([notes, fakeTemplateSheet(wb, { sheetName: '县区统计表' }), fakeMetaSheet(wb)], { active: '说明' });
    const access = createExcelAccess({ sheetName: standardSpec.sheetName, run: fake.run, supports: api });
    const { review, read, spec } = await checkByOwnSpec(access, standard, context);
    expect(spec?.id).toBe('county-form');
    expect(read.sheet).toBe('县区统计表');
    expect(review.found).toBe(true);
    expect(brief(review.issues)).toEqual([`soft historical.percent @${cellOf(changedSpec, 'A04')}`, `soft historical.percent @${cellOf(changedSpec, 'A05')}`]);
  });

  it('says when the carried spec differs from the one the federation configured', async () => {
    const configured: FallbackSpec = { spec: changedSpec, origin: 'build' };
    const { differs, source } = await inExcel(await filledFrom(standardSpec, validFill), configured);
    expect(source).toBe('embedded');
    expect(differs?.zh).toBe(`注意：本工作簿自带的指标体系与本联合会配置的（“工会基本情况统计表”第 2 版，指纹 ${specFingerprint(changedSpec)}）不同；上级汇总时按上级的指标体系审核，请确认使用的是最新下发的模板。`);
  });
});
