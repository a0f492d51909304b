import ExcelJS from 'exceljs';
import { extractTemplate } from '../../core/grid/extract-template.js';
import { check } from '../../core/rules/check.js';
import { standardSpec } from '../../core/templates/index.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { buildSummaryXlsx } from '../../report/build-summary-xlsx.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

const spec = standardSpec;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

/** Row number of the first row whose cell in `col` holds `text`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no row with ${text} in column ${col} of ${ws.name}`);
}

/** Column number of a head label in a given row. */
function colWith(ws: ExcelJS.Worksheet, row: number, text: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(row, c).value === text) return c;
  throw new Error(`no column ${text} in row ${row} of ${ws.name}`);
}

/** A cell's number: a plain value or a formula's cached result. */
function numberOf(cell: ExcelJS.Cell): number | null {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'result' in v) return (v as { result: number }).result;
  return v as number | null;
}

describe('buildSummaryXlsx', () => {
  const date = new Date(2025, 0, 15);

  test('sheet names: the template sheet and _meta as built (no 填表说明: nobody fills a summary in), then the report sheets', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      spec.sheetName,
      '_meta',
      '分单位',
      '同比分析',
      '报送情况',
      '审核结果',
      '数据来源',
    ]);
  });

  test('the template sheet holds the total: header, 本年, 上年, rates as formulas with cached results', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    const ws = wb.getWorksheet(spec.sheetName)!;
    const head = rowWith(ws, 1, '代码');
    const cur = colWith(ws, head, '本年');
    const pri = colWith(ws, head, '上年');
    const value = (code: string, col: number) => numberOf(ws.getCell(rowWith(ws, 1, code), col));
    expect(value('A01', cur)).toBe(2000);
    expect(value('C01', cur)).toBeCloseTo(1234.56, 10);
    expect(value('C01', pri)).toBeCloseTo(1135.8, 10);
    expect(value('C07', cur)).toBe(32456);
    const b03 = ws.getCell(rowWith(ws, 1, 'B03'), cur);
    // The template's own formula (rounded to the rate's decimals), with its cached result.
    const col = ws.getColumn(cur).letter;
    expect((b03.value as ExcelJS.CellFormulaValue).formula).toContain(`${col}${rowWith(ws, 1, 'B02')}/${col}${rowWith(ws, 1, 'B01')}`);
    expect(numberOf(b03)).toBe(92.3);
    const text = ws.getSheetValues().flat().map(String);
    expect(text).toContain('示例市总工会');
    expect(text).toContain('110000');
    expect(text).toContain('年报');
    expect(text).toContain('unionstat');
    expect(text).toContain('2025-01-15');
    // The unit's explanation of a big move travels up as the total's 说明.
    expect(ws.getCell(rowWith(ws, 1, 'A07'), colWith(ws, head, '说明')).value).toBe('市教育工会：开展新就业形态劳动者集中入会行动');
  });

  test('the city’s result is itself a submission the checker accepts without hard issues', async () => {
    const bytes = await buildSummaryXlsx(sampleMergeReport(), spec, { date, header: { phone: '0371-12345678' } });
    const read = readWorkbookFast(bytes, '汇总表.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const extraction = extractTemplate(spec, read.workbook);
    expect(extraction.ok).toBe(true);
    if (!extraction.ok) return;
    expect(extraction.extracted.unitCode).toBe('110000');
    expect(extraction.extracted.year).toBe(2024);
    expect(extraction.extracted.period).toBe('annual');
    const result = check(spec, extraction.extracted, { collection: { year: 2024, period: 'annual' } });
    expect(result.issues.filter((i) => i.severity === 'hard')).toEqual([]);
    expect(result.values.current.C01).toBeCloseTo(1234.56, 10);
  });

  test('分单位: one row per unit, then kind subtotals and the total, with number formats per kind', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    const ws = wb.getWorksheet('分单位')!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['单位代码', '单位名称', '类别', 'A01 应建会单位数（家）']));
    expect(ws.getColumn(1).values.slice(2)).toEqual(['110101', '110102', '110301', '县区', '产业', '110000']);
    const a01 = colWith(ws, 1, 'A01 应建会单位数（家）');
    const c01 = colWith(ws, 1, 'C01 帮扶资金合计（万元）');
    const b03 = colWith(ws, 1, 'B03 集体协商建制率（%）');
    const unit = rowWith(ws, 1, '110102');
    expect(ws.getCell(unit, 2).value).toBe('河东区总工会');
    expect(ws.getCell(unit, a01).value).toBe(600);
    expect(ws.getCell(unit, c01).value).toBe(370.37);
    expect(ws.getCell(unit, b03).value).toBeCloseTo(92.5, 10);
    const kind = rowWith(ws, 1, '县区');
    expect(ws.getCell(kind, a01).value).toBe(1600);
    expect(ws.getCell(kind, b03).value).toBeCloseTo((970 / 1050) * 100, 10);
    const total = rowWith(ws, 1, '110000');
    expect(ws.getCell(total, c01).value).toBeCloseTo(1234.56, 10);
    expect(ws.getCell(total, a01).numFmt).toBe('#,##0');
    expect(ws.getCell(total, c01).numFmt).toBe('#,##0.00');
    expect(ws.getCell(total, b03).numFmt).toBe('0.0');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell(1, 1).font?.name).toBe('宋体');
  });

  test('同比分析: the total and each kind, 其中 rows indented, rates’ change in 百分点', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    const ws = wb.getWorksheet('同比分析')!;
    expect(ws.getRow(1).values).toEqual([undefined, '范围', '代码', '指标', '单位', '本年', '上年', '增减', '增长(%)', '增减幅度']);
    expect(ws.rowCount).toBe(1 + 3 * spec.indicators.length);
    const b03 = rowWith(ws, 2, 'B03');
    // A rate's 增减 is its change in 百分点, and no growth; 增减幅度 says which.
    expect(ws.getRow(b03).values).toEqual([undefined, '全市合计', 'B03', '集体协商建制率', '%', expect.any(Number), expect.any(Number), 1.2, undefined, '提高1.2个百分点']);
    const c08 = ws.getRow(rowWith(ws, 2, 'C08')).values as unknown[];
    expect(c08.slice(5, 8)).toEqual([1500, 1600, -100]);
    expect(c08[8]).toBeCloseTo(-6.25, 10);
    expect(c08[9]).toBe('下降6.3%');
    const b05 = rowWith(ws, 2, 'B05');
    expect(ws.getCell(b05, 3).value).toBe('其中：工资专项集体合同份数');
    expect(ws.getCell(b05, 3).alignment?.indent).toBe(2);
  });

  test('报送情况 lists every roster unit with its status; 审核结果 every issue with its cell', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    const st = wb.getWorksheet('报送情况')!;
    expect(st.rowCount).toBe(1 + 7);
    // 填报人 and 联系电话 to chase it by: last year's, as it sent nothing this year.
    expect(st.getRow(rowWith(st, 1, '110103')).values).toEqual([undefined, '110103', '河西区总工会', '县区', '未报', '王红', '010-69876543', undefined, 0, 0, 0, '否']);
    expect(st.getCell(rowWith(st, 1, '110201'), 4).value).toBe('有强制性错误');
    const is = wb.getWorksheet('审核结果')!;
    expect(is.rowCount).toBe(1 + 4);
    const hard = is.getRow(rowWith(is, 1, '直属/市直机关工会.xlsx')).values as unknown[];
    expect(hard.slice(1, 9)).toEqual(['直属/市直机关工会.xlsx', '110201', '市直机关工会', '基本情况统计表', 'D32', '强制性', '未说明', 'C01']);
    expect(hard[9]).toBe('帮扶资金合计210.50不等于各项之和200.50');
    const soft = is.getRow(rowWith(is, 1, '产业/教育工会2024年报.xlsx')).values as unknown[];
    expect(soft.slice(6, 8)).toEqual(['提示性', '已说明']);
    expect(soft[11]).toBe('开展新就业形态劳动者集中入会行动');
  });

  test('every sheet prints on A4 fit to width, its head row on every page; 分单位 two pages across with the unit repeated', async () => {
    const wb = await load(await buildSummaryXlsx(sampleMergeReport(), spec, { date }));
    for (const name of ['分单位', '同比分析', '报送情况', '审核结果', '数据来源']) {
      const ws = wb.getWorksheet(name)!;
      expect([name, ws.pageSetup]).toMatchObject([name, { paperSize: 9, fitToPage: true, fitToHeight: 0, printTitlesRow: '1:1' }]);
      expect([name, ws.headerFooter.oddFooter]).toEqual([name, '&C第 &P 页，共 &N 页']);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(wb.getWorksheet('分单位')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 2, printTitlesColumn: 'A:B' });
    expect(wb.getWorksheet('同比分析')!.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });
    expect(wb.getWorksheet(spec.sheetName)!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  test('数据来源 traces every included unit to its file, sheet, 本年 cells and hash', async () => {
    const report = sampleMergeReport();
    const wb = await load(await buildSummaryXlsx(report, spec, { date }));
    const ws = wb.getWorksheet('数据来源')!;
    expect(ws.rowCount).toBe(1 + report.sources.length);
    const row = (ws.getSheetValues() as unknown[][]).find((r) => r?.[1] === '110301')!;
    const [, , , file, sheet, cells, count, hash] = row;
    expect([file, sheet, count, hash]).toEqual(['产业/教育工会2024年报.xlsx', '基本情况统计表', spec.indicators.length, 'c'.repeat(64)]);
    // The cells, expanded again in indicator order, are where each indicator's 本年 value was read: C01 at D32.
    const expanded = String(cells)
      .split(', ')
      .flatMap((part) => {
        const [from, to = from] = part.split(':');
        const first = Number(from.slice(1));
        return Array.from({ length: Number(to.slice(1)) - first + 1 }, (_, i) => `${from[0]}${first + i}`);
      });
    expect(expanded).toHaveLength(spec.indicators.length);
    expect(expanded[spec.indicators.findIndex((i) => i.code === 'C01')]).toBe('D32');
  });

  test('a submitted name that looks like a formula is written as text', async () => {
    const name = '=HYPERLINK("http://evil","点我")';
    const wb = await load(await buildSummaryXlsx(withUnitName(sampleMergeReport(), '110301', name), spec, { date }));
    for (const sheet of ['分单位', '报送情况', '数据来源']) {
      const ws = wb.getWorksheet(sheet)!;
      const cell = ws.getCell(rowWith(ws, 1, '110301'), 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
    }
  });
});
