import { extractTemplate, type Extracted, type ExtractResult } from '../../../core/grid/index.js';
import type { Issue } from '../../../core/issues/issue.js';
import { specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import { standardSpec as spec } from '../../../core/templates/index.js';
import {
  memoryWorkbook,
  standardGrid,
  standardRows,
  testGrid,
  TITLE_MERGE,
  type TestCell,
} from '../../support/memory-grid.js';

const SHEET = spec.sheetName;

function extracted(result: ExtractResult): Extracted {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => `${i.code} ${i.message.zh}`).join('; ')}`);
  return result.extracted;
}

/** `severity code @cell` for compact assertions about where issues are. */
const where = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} @${i.cell ?? '-'}`);

const current = (x: Extracted, code: string) => x.rows[code].current.reading;
const prior = (x: Extracted, code: string) => x.rows[code]?.prior?.reading;

/** Moves every row's cells to a new column order: `order[i]` is the old index that lands in column i. */
const reorder = (rows: TestCell[][], from: number, order: number[]) =>
  rows.map((row, r) => (r < from ? row : order.map((old) => row[old])));

describe('extractTemplate on the standard layout', () => {
  const x = extracted(extractTemplate(spec, memoryWorkbook([standardGrid(spec)])));

  it('finds the head row, the columns and all 30 rows without any issue', () => {
    expect(x.sheet).toBe(SHEET);
    expect(x.headRow).toBe(8);
    expect(x.columns).toEqual({ code: 1, name: 2, unit: 3, current: 4, prior: 5, change: 6, note: 7 });
    expect(Object.keys(x.rows)).toHaveLength(30);
    expect(x.issues).toEqual([]);
  });

  it('reads each row at its own cells', () => {
    expect(x.rows.A01).toMatchObject({ code: 'A01', row: 9, name: '应建会单位数', note: null, noteCell: 'G9' });
    expect(x.rows.A01.current).toMatchObject({ reading: { state: 'number', value: 100 }, row: 9, col: 4, cell: 'D9', notes: [] });
    expect(x.rows.A01.prior).toMatchObject({ reading: { state: 'number', value: 90 }, cell: 'E9' });
    expect(x.rows.A01.change).toMatchObject({ reading: { state: 'empty' }, cell: 'F9' });
    expect(current(x, 'C10')).toEqual({ state: 'number', value: 129 });
    expect(x.rows.C10.current.cell).toBe('D38');
    expect(x.rows.A07.name).toBe('其中：新就业形态劳动者会员数');
  });

  it('reads the header block by label', () => {
    expect(x.unitName).toBe('某某县总工会');
    expect(x.unitCode).toBe('320101');
    expect(x.year).toBe(2024);
    expect(x.period).toBe('annual');
    expect(x.header.unitName).toEqual({ key: 'unitName', text: '某某县总工会', cell: 'B3', labelCell: 'A3' });
    expect(x.header.unitCode).toEqual({ key: 'unitCode', text: '320101', cell: 'D3', labelCell: 'C3' });
    expect(x.header.date).toEqual({ key: 'date', text: '2025-01-10', cell: 'D6', labelCell: 'C6' });
    expect(x.meta).toBeUndefined();
  });
});

describe('extractTemplate: cells and their notes become issues at the cell', () => {
  it('turns each cell note into an issue with indicator, column, sheet and cell', () => {
    const rows = standardRows(spec, { values: { A01: ['1,234', ' 1200 '], C01: ['1.2万', null], A03: [{ value: { type: 'number', value: 0.923 }, numFmt: '0.0%' }, '—'] } });
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(current(x, 'A01')).toEqual({ state: 'number', value: 1234 });
    expect(prior(x, 'A01')).toEqual({ state: 'number', value: 1200 });
    expect(current(x, 'A03')).toEqual({ state: 'number', value: 92.3 });
    expect(prior(x, 'A03')).toEqual({ state: 'none', marker: '—' });
    expect(current(x, 'C01')).toEqual({ state: 'invalid', text: '1.2万' });
    expect(prior(x, 'C01')).toEqual({ state: 'empty' });
    expect(where(x.issues)).toEqual([
      'soft cell.thousands-separator @D9',
      'soft cell.trimmed @E9',
      'soft cell.none-marker @E11',
      'hard cell.wan-ambiguous @D29',
    ]);
    const first = x.issues[0];
    expect(first).toMatchObject({ indicator: 'A01', column: 'current', sheet: SHEET, values: { text: '1,234', value: 1234 } });
    expect(first.message.zh).toBe('D9 的“1,234”含千位分隔符，已按 1234 读取。');
    expect(x.issues[3]).toMatchObject({ indicator: 'C01', column: 'current' });
  });

  it('refuses an uncached formula in an entered cell: its value is unknown', () => {
    const rows = standardRows(spec, {
      values: { A01: [{ value: { type: 'blank' }, formula: 'SUM(Z1:Z9)', uncachedFormula: true }, 100] },
    });
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(where(x.issues)).toEqual(['hard workbook.uncached-formulas @D9']);
    expect(x.issues[0].message.zh).toBe('本表有 1 个公式单元格没有保存计算结果（D9），无法读出这些数字。');
    expect(x.issues[0].hint.zh).toContain('在 Excel 或 WPS 中打开后保存一次');
  });

  it('keeps the formula of a value cell, and an uncached rate formula is a soft word (the rate is recomputed)', () => {
    const rows = standardRows(spec, {
      values: {
        A03: [{ value: { type: 'number', value: 92.3 }, formula: 'ROUND(D10/D9*100,1)' }, { value: { type: 'blank' }, formula: 'ROUND(E10/E9*100,1)', uncachedFormula: true }],
      },
    });
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A03.current).toMatchObject({ reading: { state: 'number', value: 92.3 }, formula: 'ROUND(D10/D9*100,1)' });
    expect(prior(x, 'A03')).toEqual({ state: 'uncached', formula: 'ROUND(E10/E9*100,1)' });
    expect(where(x.issues)).toEqual(['soft workbook.uncached-formulas @E11']);
    expect(x.issues[0].message.zh).toBe('本表有 1 个公式单元格没有保存计算结果（E11），无法读出这些数字。');
  });

  it('reads the 说明 as trimmed text', () => {
    const rows = standardRows(spec, { values: { A05: [500, 300, '  新成立产业园区工会 '] } });
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A05.note).toBe('新成立产业园区工会');
    expect(x.rows.A05.noteCell).toBe('G13');
  });
});

describe('extractTemplate finds things by label, not position', () => {
  it('reads a sheet with an extra blank row above the head and one inside the table', () => {
    const rows = standardRows(spec);
    rows.splice(7, 0, []);
    rows.splice(12, 0, []);
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows, [TITLE_MERGE])])));
    expect(x.headRow).toBe(9);
    expect(x.rows.A01.current.cell).toBe('D10');
    expect(x.rows.A03.row).toBe(12);
    expect(x.rows.A04.row).toBe(14);
    expect(x.issues).toEqual([]);
  });

  it('reads moved columns: 说明 first, 上年 before 本年, an extra column between', () => {
    // old: 0 代码 1 名称 2 单位 3 本年 4 上年 5 增减 6 说明 → new: 说明 代码 名称 单位 (extra) 上年 本年 增减
    const rows = reorder(standardRows(spec), 7, [6, 0, 1, 2, 7, 4, 3, 5]);
    rows[7][4] = '备用';
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.columns).toEqual({ note: 1, code: 2, name: 3, unit: 4, prior: 6, current: 7, change: 8 });
    expect(x.rows.A01.current).toMatchObject({ cell: 'G9', reading: { state: 'number', value: 100 } });
    expect(x.rows.A01.prior).toMatchObject({ cell: 'F9', reading: { state: 'number', value: 90 } });
    expect(x.issues).toEqual([]);
  });

  it('reads head text with newlines, full-width spaces, brackets and aliases', () => {
    const rows = standardRows(spec);
    rows[7] = ['指标\n代码', '指标名称', '计量单位', '本年数（2024年）', '上 年\u3000数', '增减', '备注：'];
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.columns).toEqual({ code: 1, name: 2, unit: 3, current: 4, prior: 5, change: 6, note: 7 });
    expect(x.issues).toEqual([]);
  });

  it('reads a title in merged cells and a header block moved down', () => {
    const rows = standardRows(spec);
    rows.splice(1, 0, ['（2024年度）'], []);
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows, [TITLE_MERGE, { top: 2, left: 1, bottom: 2, right: 7 }])])));
    expect(x.headRow).toBe(10);
    expect(x.header.unitName?.cell).toBe('B5');
    expect(x.year).toBe(2024);
  });

  it('reads full-width and lower-case codes', () => {
    const rows = standardRows(spec);
    rows[8][0] = 'Ａ０１';
    rows[9][0] = ' a02 ';
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A01.row).toBe(9);
    expect(x.rows.A02.row).toBe(10);
    expect(x.issues).toEqual([]);
  });
});

describe('extractTemplate: a table headed by years', () => {
  it('reads the latest year as 本年 and the year before as 上年, with a soft word', () => {
    const rows = standardRows(spec);
    rows[7][3] = '2023年';
    rows[7][4] = '2024年（人）';
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.columns).toMatchObject({ code: 1, current: 5, prior: 4 });
    expect(x.rows.A01.current).toMatchObject({ cell: 'E9', reading: { state: 'number', value: 90 } });
    expect(where(x.issues)).toEqual(['soft structure.year-heads @E8']);
    expect(x.issues[0]).toMatchObject({ related: ['D8'], values: { current: 2024, prior: 2023 } });
    expect(x.issues[0].message.zh).toBe('表头用年份代替了“本年”“上年”：已把 2024 年一栏作为本年、2023 年一栏作为上年读取。');
  });
});

describe('extractTemplate: rows', () => {
  it('refuses a missing indicator row', () => {
    const rows = standardRows(spec);
    rows.splice(12, 1); // A05
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A05).toBeUndefined();
    expect(where(x.issues)).toEqual(['hard structure.missing-row @-']);
    expect(x.issues[0]).toMatchObject({ indicator: 'A05', sheet: SHEET, values: { code: 'A05', name: '工会会员数' } });
    expect(x.issues[0].message.zh).toBe('表中没有指标 A05“工会会员数”这一行。');
  });

  it('refuses a duplicate row and keeps the first', () => {
    const rows = standardRows(spec);
    rows.push(['A04', '职工总数', '人', 99999, 1]);
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A04.row).toBe(12);
    expect(current(x, 'A04')).toEqual({ state: 'number', value: 103 });
    expect(where(x.issues)).toEqual(['hard structure.duplicate-row @A39']);
    expect(x.issues[0]).toMatchObject({ related: ['A12'], values: { code: 'A04', row: 39, firstRow: 12 } });
  });

  it('ignores unknown rows, with a soft word when they look like a code', () => {
    const rows = standardRows(spec);
    rows.splice(17, 0, ['一、集体协商'], ['A10', '自加指标', '人', 5, 4]);
    rows.push(['注：本表由县区总工会填报。']);
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(Object.keys(x.rows)).toHaveLength(30);
    expect(where(x.issues)).toEqual(['soft structure.unknown-row @A19']);
    expect(x.issues[0].values).toEqual({ code: 'A10' });
  });

  it('refuses a value cell covered by a merge, and reads the merge top-left normally', () => {
    const merges = [TITLE_MERGE, { top: 9, left: 4, bottom: 9, right: 5 }, { top: 12, left: 4, bottom: 13, right: 4 }];
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, standardRows(spec), merges)])));
    expect(current(x, 'A01')).toEqual({ state: 'number', value: 100 });
    expect(prior(x, 'A01')).toEqual({ state: 'invalid', text: '100' });
    expect(current(x, 'A04')).toEqual({ state: 'number', value: 103 });
    expect(current(x, 'A05')).toEqual({ state: 'invalid', text: '103' });
    expect(where(x.issues)).toEqual(['hard structure.merged-value-cell @E9', 'hard structure.merged-value-cell @D13']);
    expect(x.issues[0]).toMatchObject({ indicator: 'A01', column: 'prior', related: ['D9'], values: { range: 'D9:E9', topLeft: 'D9' } });
    expect(x.issues[1]).toMatchObject({ indicator: 'A05', column: 'current', related: ['D12'] });
  });

  it('lets one 说明 merged over rows explain each of them', () => {
    const rows = standardRows(spec, { values: { A04: [1, 2, '园区企业集中建会'] } });
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows, [TITLE_MERGE, { top: 12, left: 7, bottom: 13, right: 7 }])])));
    expect(x.rows.A04.note).toBe('园区企业集中建会');
    expect(x.rows.A05.note).toBe('园区企业集中建会');
    expect(x.issues).toEqual([]);
  });
});

describe('extractTemplate: sheets and template identity', () => {
  it('finds a renamed sheet by its heads, skipping 填表说明 and _meta, with a soft issue', () => {
    const notes = testGrid('填表说明', [['代码', '本年', '上年'], ['A01', '填写数字']]);
    const renamed = testGrid('Sheet1', standardRows(spec));
    const result = extractTemplate(spec, memoryWorkbook([notes, renamed]));
    const x = extracted(result);
    expect(x.sheet).toBe('Sheet1');
    expect(where(x.issues)).toEqual(['soft structure.sheet-renamed @-']);
    expect(x.issues[0]).toMatchObject({ sheet: 'Sheet1', values: { expected: SHEET, found: 'Sheet1' } });
    expect(x.issues[0].message.zh).toBe('统计表不在名为“基本情况统计表”的工作表中，已读取工作表“Sheet1”中的统计表。');
    expect(x.rows.A01.current.cell).toBe('D9');
  });

  it('reads the table from another sheet when the named sheet has lost it', () => {
    const emptied = testGrid(SHEET, [['工会基本情况统计表'], ['（已清空）']]);
    const copy = testGrid('基本情况统计表 (2)', standardRows(spec));
    const x = extracted(extractTemplate(spec, memoryWorkbook([emptied, copy])));
    expect(x.sheet).toBe('基本情况统计表 (2)');
    expect(where(x.issues)).toEqual(['soft structure.sheet-renamed @-']);
  });

  it('prefers the named sheet over an earlier sheet with the same heads', () => {
    const copy = testGrid('备份', standardRows(spec, { values: { A01: [1, 1] } }));
    const x = extracted(extractTemplate(spec, memoryWorkbook([copy, standardGrid(spec)])));
    expect(x.sheet).toBe(SHEET);
    expect(current(x, 'A01')).toEqual({ state: 'number', value: 100 });
    expect(x.issues).toEqual([]);
  });

  it('says clearly that a workbook that is not a template is not this template, and which heads are missing', () => {
    const other = testGrid('工资表', [['姓名', '部门', '工资'], ['王五', '办公室', 5000]]);
    const result = extractTemplate(spec, memoryWorkbook([other]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual(['hard structure.table-not-found @-']);
    expect(result.issues[0].message.zh).toBe(
      '这个工作簿不是本模板（工会基本情况统计表）：在工作表 工资表 的前 80 行中没有找到统计表的表头，缺少“代码”“本年”“上年”。',
    );
  });

  it('names only the missing heads when some were found', () => {
    const rows = standardRows(spec);
    rows[7][3] = '2024年';
    const result = extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'structure.table-not-found', sheet: SHEET, values: { missing: '“本年”' } });
  });

  it('refuses a table without a required column but reads what is there', () => {
    const rows = standardRows(spec).map((row, r) => (r < 7 ? row : row.filter((_, c) => c !== 4)));
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(where(x.issues)).toEqual(['hard structure.missing-column @-']);
    expect(x.issues[0].message.zh).toBe('工作表“基本情况统计表”的表头（第 8 行）中没有“上年”栏。');
    expect(x.rows.A01.prior).toBeUndefined();
    expect(current(x, 'A01')).toEqual({ state: 'number', value: 100 });
  });

  const metaSheet = (id: string, version: number, fingerprint?: string) =>
    testGrid('_meta', [['templateId', id], ['version', version], ...(fingerprint ? [['fingerprint', fingerprint]] : [])]);

  it('refuses a workbook whose _meta names another template or version', () => {
    const result = extractTemplate(spec, memoryWorkbook([standardGrid(spec), metaSheet('union-basic', 2)], ['_meta']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual(['hard structure.wrong-template @-']);
    expect(result.issues[0].message.zh).toBe('这是“union-basic”模板第 2 版，本次收集使用“union-basic”（工会基本情况统计表）第 1 版。');
    const other = extractTemplate(spec, memoryWorkbook([standardGrid(spec), metaSheet('grassroots-list', 1)]));
    expect(other.ok).toBe(false);
  });

  it('reads the _meta of this template, and says softly when the fingerprint differs', () => {
    const same = extracted(extractTemplate(spec, memoryWorkbook([standardGrid(spec), metaSheet('union-basic', 1, specFingerprint(spec))])));
    expect(same.meta).toEqual({ templateId: 'union-basic', version: 1, fingerprint: specFingerprint(spec) });
    expect(same.issues).toEqual([]);
    const changed = extracted(extractTemplate(spec, memoryWorkbook([standardGrid(spec), metaSheet('union-basic', 1, '0123456789abcdef')])));
    expect(where(changed.issues)).toEqual(['soft structure.spec-changed @-']);
  });
});

describe('extractTemplate: the 增减 column', () => {
  it('reads it, but only warns about it, because it is recomputed and never used as data', () => {
    const rows = standardRows(spec);
    rows[8][5] = { value: { type: 'blank' }, formula: 'D9-E9', uncachedFormula: true };
    rows[9][5] = '增加5';
    const x = extracted(extractTemplate(spec, memoryWorkbook([testGrid(SHEET, rows)])));
    expect(x.rows.A01.change?.reading).toEqual({ state: 'uncached', formula: 'D9-E9' });
    expect(x.rows.A02.change?.reading).toEqual({ state: 'invalid', text: '增加5' });
    expect(where(x.issues)).toEqual(['soft workbook.uncached-formulas @F9', 'soft cell.not-a-number @F10']);
    expect(x.issues[1].column).toBe('change');
  });
});
