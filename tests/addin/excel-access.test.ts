import { jest } from '@jest/globals';
import { createExcelAccess, HIGHLIGHT_COLOURS, ReadBeforeSyncError, type SupportsSet } from '../../addin/excel/index.js';
import { queueUsedRangeShape, takeBlock, takeUsedRangeShape } from '../../addin/excel/read-sheet.js';
import { reviewWorkbook } from '../../addin/review/review-workbook.js';
import type { RawCell } from '../../core/grid/grid.js';
import { standardSpec } from '../../core/templates/index.js';
import { FakeExcel, FakeSheet } from './fake-excel.js';
import { cellOf, fakeTemplateSheet, filledWorkbook, flawedFill, validFill } from './template-fixture.js';

const SHEET = standardSpec.sheetName;
const context = { collection: { year: 2025, period: 'annual' as const } };
/** Excel that supports ExcelApi up to `max` (1.1 = perpetual Office 2016). */
const api =
  (max: number): SupportsSet =>
  (name, version) =>
    name === 'ExcelApi' && Number(version) <= max;

function setup(sheet: FakeSheet, max = 1.1, extra: FakeSheet[] = []) {
  const fake = new FakeExcel([sheet, ...extra], { active: sheet.name });
  const access = createExcelAccess({ sheetName: SHEET, run: fake.run, supports: api(max) });
  return { fake, access };
}

async function checkOnce(access: ReturnType<typeof createExcelAccess>) {
  const read = await access.readTemplate();
  const review = reviewWorkbook(standardSpec, read.grids, read.sheet, context);
  const outcome = await access.highlight(review.marks);
  return { read, review, outcome };
}

const FLAWED_MARKS = () => ({
  [cellOf('A02')]: 'hard', // A02 > A01
  [cellOf('A03')]: 'hard', // the template's formula now gives a rate above 100
  [cellOf('C01')]: 'hard', // C01 ≠ C02 + … + C05
  [cellOf('A05')]: 'soft', // A05 > A04
  [cellOf('A06')]: 'soft', // 入会率 moved more than 10 points without a 说明
});

describe('reading through office-js', () => {
  it('refuses values read before context.sync() (office-addin-mock proxies)', async () => {
    const fake = new FakeExcel([fakeTemplateSheet(filledWorkbook(validFill))]);
    const sheet = fake.context.workbook.worksheets.getItem(SHEET);
    const used = queueUsedRangeShape(sheet);
    expect(() => takeUsedRangeShape(used)).toThrow(ReadBeforeSyncError);
    const rows: (RawCell | undefined)[][] = [];
    const block = sheet.getRange('A1:G3');
    block.load('values,formulas,numberFormat,valueTypes');
    expect(() => takeBlock({ range: block, top: 1, left: 1 }, rows)).toThrow();
    await fake.context.sync();
    expect(takeUsedRangeShape(used)).toMatchObject({ rowIndex: 0, columnIndex: 0, columnCount: 7 });
    takeBlock({ range: block, top: 1, left: 1 }, rows);
    expect(rows[0][0]?.value).toEqual({ type: 'string', value: '工会基本情况统计表' });
  });

  it('checks the sample template in 3 round trips: shape, cells, highlights', async () => {
    const { fake, access } = setup(fakeTemplateSheet(filledWorkbook(flawedFill())));
    const { read, review, outcome } = await checkOnce(access);
    expect(read.sheet).toBe(SHEET);
    expect(fake.syncs).toBe(3);
    expect(review.found).toBe(true);
    expect(Object.fromEntries(review.marks.map((m) => [m.cell, m.severity]))).toEqual(FLAWED_MARKS());
    expect(outcome).toEqual({ done: true, cells: 5 });
  });

  it('reads a used range beyond the request limit in row blocks, to the same grid', async () => {
    const wb = filledWorkbook(validFill);
    const whole = setup(fakeTemplateSheet(wb));
    const blocked = new FakeExcel([fakeTemplateSheet(wb)]);
    const access = createExcelAccess({ sheetName: SHEET, run: blocked.run, supports: api(1.1), maxCellsPerRequest: 70 });
    const a = await whole.access.readTemplate();
    const b = await access.readTemplate();
    const ga = a.grids.sheet(SHEET)!;
    const gb = b.grids.sheet(SHEET)!;
    expect([gb.rowCount, gb.colCount]).toEqual([ga.rowCount, ga.colCount]);
    for (let r = 1; r <= ga.rowCount; r++) for (let c = 1; c <= ga.colCount; c++) expect(gb.cell(r, c)).toEqual(ga.cell(r, c));
    // 41 rows × 7 columns at 70 cells (10 rows) a request: 5 blocks after the shape.
    expect(whole.fake.syncs).toBe(2);
    expect(blocked.syncs).toBe(1 + 5);
  });

  it('reads the active sheet when the template sheet was renamed', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    sheet.name = '我的统计表';
    const { fake, access } = setup(sheet);
    const { read, review } = await checkOnce(access);
    expect(read.sheet).toBe('我的统计表');
    expect(review.sheet).toBe('我的统计表');
    // A02 > A01 and C01 ≠ Σ parts; 建会率 over 100 is listed under A02's issue, not counted apart.
    expect(review.counts.hard).toBe(2);
    expect(fake.syncs).toBe(4);
  });
});

describe('highlights', () => {
  it('sets two colours, then clears exactly them, leaving the user’s formatting alone', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    const userFills = new Map([
      [cellOf('A02'), '#DDEBF7'], // the user's own fill on a cell that will be flagged
      ['A1', '#FCE4D6'],
      [cellOf('B01'), '#E2EFDA'],
    ]);
    for (const [cell, colour] of userFills) sheet.fills.set(cell, colour);
    sheet.otherFormats.set(cellOf('A02'), 'border: thin');
    const { fake, access } = setup(sheet);
    await checkOnce(access);
    for (const [cell, severity] of Object.entries(FLAWED_MARKS())) expect(sheet.fillOf(cell)).toBe(HIGHLIGHT_COLOURS[severity as 'hard' | 'soft']);
    expect(sheet.fillOf('A1')).toBe('#FCE4D6');

    const before = fake.syncs;
    await access.clearHighlights();
    expect(fake.syncs - before).toBe(2);
    expect(new Map(sheet.fills)).toEqual(userFills);
    expect(sheet.otherFormats.get(cellOf('A02'))).toBe('border: thin');
  });

  it('leaves a highlighted cell alone on clearing once the user has recoloured it', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    const { access } = setup(sheet);
    await checkOnce(access);
    sheet.fills.set(cellOf('C01'), '#00B050');
    await access.clearHighlights();
    expect(sheet.fillOf(cellOf('C01'))).toBe('#00B050');
    expect(sheet.fillOf(cellOf('A02'))).toBe('#FFFFFF');
  });

  it('re-checking moves the highlights: a fixed cell gets its own fill back', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    sheet.fills.set(cellOf('C01'), '#E2EFDA');
    const { fake, access } = setup(sheet);
    await checkOnce(access);
    const fixed = fakeTemplateSheet(filledWorkbook(validFill));
    for (const [cell, value] of fixed.cells) sheet.cells.set(cell, value);
    const before = fake.syncs;
    const { review } = await checkOnce(access);
    expect(fake.syncs - before).toBe(3);
    expect(review.marks).toEqual([]);
    expect(sheet.fillOf(cellOf('C01'))).toBe('#E2EFDA');
    expect(sheet.fillOf(cellOf('A02'))).toBe('#FFFFFF');
  });

  it('remembers its highlights in the workbook, so a reopened pane clears them', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    sheet.fills.set(cellOf('A02'), '#DDEBF7');
    const fake = new FakeExcel([sheet], { active: SHEET });
    let saved: Record<string, Record<string, { original: string; ours: string }>> | undefined;
    const store = { load: () => saved && structuredClone(saved), save: (data: typeof saved) => (saved = structuredClone(data)) };
    const first = createExcelAccess({ sheetName: SHEET, run: fake.run, supports: api(1.1), store });
    await checkOnce(first);
    expect(Object.keys(saved![SHEET]).sort()).toEqual(Object.keys(FLAWED_MARKS()).sort());
    const reopened = createExcelAccess({ sheetName: SHEET, run: fake.run, supports: api(1.1), store });
    await reopened.clearHighlights();
    expect(new Map(sheet.fills)).toEqual(new Map([[cellOf('A02'), '#DDEBF7']]));
    expect(saved).toEqual({});
  });

  it('paints one range per colour where ExcelApi 1.9 allows it', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    const { access } = setup(sheet, 1.9);
    const { outcome } = await checkOnce(access);
    expect(outcome).toEqual({ done: true, cells: 5 });
    expect(sheet.fillOf(cellOf('A05'))).toBe(HIGHLIGHT_COLOURS.soft);
    expect(sheet.fillOf(cellOf('A04'))).toBe('#FFFFFF');
  });
});

describe('a protected sheet', () => {
  it('is checked and reported, never unprotected, and not formatted (ExcelApi 1.2 knows beforehand)', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()), { protected: true });
    const { fake, access } = setup(sheet, 1.2);
    const { read, review, outcome } = await checkOnce(access);
    expect(read.protected).toBe(true);
    expect(review.counts.hard).toBe(2);
    expect(outcome).toEqual({ done: false, reason: 'protected' });
    expect(fake.syncs).toBe(2);
    expect(sheet.fills.size).toBe(0);
    expect(sheet.unprotectCalls).toBe(0);
    expect(await access.fillDerived([{ sheet: SHEET, cell: 'F40', value: 0 }])).toEqual({ done: false, reason: 'protected' });
    expect(sheet.unprotectCalls).toBe(0);
  });

  it('on ExcelApi 1.1 the refused write is caught and reported, nothing changed', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()), { protected: true });
    const { access } = setup(sheet, 1.1);
    const { outcome } = await checkOnce(access);
    expect(outcome).toEqual({ done: false, reason: 'protected' });
    expect(sheet.fills.size).toBe(0);
    expect(sheet.unprotectCalls).toBe(0);
  });

  it('takes highlights when its protection allows formatting cells', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()), { protected: true, allowFormatCells: true });
    const { access } = setup(sheet, 1.2);
    const { outcome } = await checkOnce(access);
    expect(outcome).toEqual({ done: true, cells: 5 });
    expect(sheet.fillOf(cellOf('A02'))).toBe(HIGHLIGHT_COLOURS.hard);
    expect(sheet.unprotectCalls).toBe(0);
  });
});

describe('live re-check (ExcelApi 1.7)', () => {
  it('calls back on the user’s edits, not on the echo of its own highlights, and unsubscribes', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(flawedFill()));
    const old = setup(sheet, 1.1);
    expect(old.access.capabilities.liveRecheck).toBe(false);
    const { fake, access } = setup(sheet, 1.7);
    expect(access.capabilities.liveRecheck).toBe(true);
    await access.readTemplate();
    let calls = 0;
    const unsubscribe = await access.onChanged!(() => void calls++);
    const fire = () => Promise.all([...fake.changeHandlers].map((h) => h()));
    await fire();
    expect(calls).toBe(1);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    await access.highlight([{ sheet: SHEET, cell: cellOf('A02'), severity: 'hard' }]);
    await fire();
    expect(calls).toBe(1);
    clock.mockReturnValue(now + 5_000);
    await fire();
    expect(calls).toBe(2);
    clock.mockRestore();
    await unsubscribe();
    expect(fake.changeHandlers.size).toBe(0);
  });
});

describe('writing', () => {
  it('fills the derived cells the user left empty, in one round trip', async () => {
    const fill = flawedFill();
    fill.current!.A03 = null; // typed over, then cleared: the 建会率 cell is empty
    const sheet = fakeTemplateSheet(filledWorkbook({ ...fill, current: { ...fill.current, A02: fill.current!.A01 } }));
    sheet.cells.delete(cellOf('A03'));
    const { fake, access } = setup(sheet);
    const read = await access.readTemplate();
    const review = reviewWorkbook(standardSpec, read.grids, read.sheet, context);
    const a03 = review.fills.find((f) => f.cell === cellOf('A03'));
    expect(a03).toEqual({ sheet: SHEET, cell: cellOf('A03'), value: 100 });
    const before = fake.syncs;
    expect(await access.fillDerived(review.fills)).toEqual({ done: true, cells: review.fills.length });
    expect(fake.syncs - before).toBe(1);
    expect(sheet.cells.get(cellOf('A03'))?.value).toBe(100);
  });

  it('writes the 审核结果 sheet and rewrites it on the next report', async () => {
    const { fake, access } = setup(fakeTemplateSheet(filledWorkbook(flawedFill())));
    const table = [
      ['严重程度', '问题'],
      ['强制性', '=SUM(1)'],
    ];
    expect(await access.writeReport('审核结果', table)).toEqual({ done: true, cells: 4 });
    const report = fake.sheet('审核结果');
    expect(report.cells.get('A1')?.value).toBe('严重程度');
    expect(report.cells.get('B2')?.value).toBe('=SUM(1)');
    expect(report.bold.has('A1')).toBe(true);
    await access.writeReport('审核结果', [['严重程度'], ['提示性']]);
    expect(fake.sheets.filter((s) => s.name === '审核结果')).toHaveLength(1);
    expect(report.cells.get('A2')?.value).toBe('提示性');
    expect(report.cells.has('B2')).toBe(false);
  });

  it('selects an issue’s cell on its sheet', async () => {
    const sheet = fakeTemplateSheet(filledWorkbook(validFill));
    const { access } = setup(sheet);
    await access.select(SHEET, 'D11');
    expect(sheet.selected).toBe('D11');
    expect(sheet.activated).toBe(1);
  });
});
