import ExcelJS from 'exceljs';
import { createExcelAccess, fileNameOf, type SupportsSet } from '../../addin/excel/index.js';
import { reviewWorkbook } from '../../addin/review/review-workbook.js';
import { standardSpec } from '../../core/templates/index.js';
import { buildUnitTemplate } from '../../report/template/build-unit-templates.js';
import { fillTemplate } from '../../report/template/index.js';
import { FakeExcel } from './fake-excel.js';
import { cellOf, fakeMetaSheet, fakeTemplateSheet, header, unit, validFill } from './template-fixture.js';

const SHEET = standardSpec.sheetName;
const context = { collection: { year: 2025, period: 'annual' as const } };
const api: SupportsSet = (name, version) => name === 'ExcelApi' && Number(version) <= 1.1;
const prior = validFill.prior as Record<string, number>;

/** The unit's pre-filled template, filled in by the county; `change` is what the county did beyond that. */
async function countyWorkbook(change: { prior?: Record<string, number>; unitCode?: string } = {}): Promise<ExcelJS.Workbook> {
  const made = buildUnitTemplate(standardSpec, { unitCode: unit.code, unitName: unit.name, year: 2025, period: 'annual', prior, priorSource: '汇总表.xlsx' });
  // Through its bytes, as the county receives it.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await made.xlsx.writeBuffer()) as ArrayBuffer);
  fillTemplate(wb, standardSpec, {
    current: validFill.current,
    header: { preparer: header.preparer, phone: header.phone, ...(change.unitCode ? { unitCode: change.unitCode } : {}) },
    ...(change.prior ? { prior: change.prior } : {}),
  });
  return wb;
}

async function checkInExcel(wb: ExcelJS.Workbook, url = 'https://example.sharepoint.com/sites/tj/Shared%20Documents/%E4%B8%9C%E5%9F%8E%E5%8C%BA2025.xlsx') {
  const fake = new FakeExcel([fakeTemplateSheet(wb), fakeMetaSheet(wb)], { active: SHEET });
  const access = createExcelAccess({ sheetName: SHEET, run: fake.run, supports: api, documentUrl: () => url });
  const read = await access.readTemplate();
  const review = reviewWorkbook(standardSpec, read.grids, read.sheet, context);
  await access.highlight(review.marks);
  return { read, review, fake };
}

const brief = (issues: { severity: string; code: string; cell?: string }[]) => issues.map((i) => `${i.severity} ${i.code} @${i.cell ?? '-'}`);

describe('the add-in checks a pre-filled template against its own _meta', () => {
  it('filled in as asked: no issue, still 3 round trips, and the workbook’s file name', async () => {
    const { read, review, fake } = await checkInExcel(await countyWorkbook());
    expect(brief(review.issues)).toEqual([]);
    expect(fake.syncs).toBe(3);
    expect(read.fileName).toBe('东城区2025.xlsx');
  });

  it('a 上年 changed by the county is a hard issue at its cell, marked', async () => {
    const { review } = await checkInExcel(await countyWorkbook({ prior: { A04: prior.A04 + 100 } }));
    expect(brief(review.issues)).toEqual([`hard meta.prior-changed @${cellOf('A04', 'prior')}`]);
    expect(review.issues[0].message.zh).toBe(`职工总数（A04）上年为 ${prior.A04 + 100}，与上级预置的上年数 ${prior.A04} 不一致（来源：汇总表.xlsx）。`);
    expect(review.marks).toEqual([{ sheet: SHEET, cell: cellOf('A04', 'prior'), severity: 'hard' }]);
  });

  it('a changed 单位代码 is a hard issue at the code cell', async () => {
    const { review } = await checkInExcel(await countyWorkbook({ unitCode: '990199' }));
    expect(brief(review.issues).length).toBe(1);
    expect(review.issues[0]).toMatchObject({ severity: 'hard', code: 'meta.header-changed', values: { found: '990199', expected: unit.code } });
  });
});

describe('fileNameOf', () => {
  it.each([
    ['https://x.sharepoint.com/a/b/%E6%A8%A1%E6%9D%BF.xlsx', '模板.xlsx'],
    ['C:\\Users\\tj\\Desktop\\东城区2025年报.xlsx', '东城区2025年报.xlsx'],
    ['', undefined],
    [undefined, undefined],
  ])('%p → %p', (url, name) => expect(fileNameOf(url)).toBe(name));
});
