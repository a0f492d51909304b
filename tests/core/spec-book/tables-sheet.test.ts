import { issueAddress } from '../../../core/issues/issue.js';
import { multiTableMessages } from '../../../core/messages/multi-table-messages.js';
import { messageCatalog } from '../../../core/messages/catalog.js';
import { bookGrids, readSpecBook, specToBook, type BookCell, type BookSheet } from '../../../core/spec-book/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { twoTableSpec } from '../../../samples/two-table-spec.js';

/** The two-table spec's sheets with one sheet's rows changed by `edit`. */
function edited(sheet: string, edit: (rows: BookCell[][], heads: string[]) => void): BookSheet[] {
  const sheets = specToBook(twoTableSpec).map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const target = sheets.find((s) => s.name === sheet)!;
  edit(target.rows, target.columns.map((c) => c.head));
  return sheets;
}

const set = (rows: BookCell[][], heads: string[], key: string, head: string, value: BookCell) => {
  rows.find((r) => r[0] === key)![heads.indexOf(head)] = value;
};

function problems(sheets: BookSheet[]): string[] {
  const result = readSpecBook(bookGrids(sheets));
  return result.ok ? [] : result.problems.map((p) => `${issueAddress(p)}：${p.message.zh}`);
}

describe('指标体系.xlsx with a 表 sheet: a template of several tables', () => {
  it('round-trips the two-table spec exactly (spec → workbook → spec)', () => {
    const sheets = specToBook(twoTableSpec);
    expect(sheets.find((s) => s.name === '表')?.rows).toEqual([
      ['表一', '组织建设与民主管理', 'Organisation and democratic management', '表一 组织建设', 'A、B'],
      ['表二', '帮扶与经费', 'Assistance and funds', '表二 帮扶与经费', 'C'],
    ]);
    const result = readSpecBook(bookGrids(sheets));
    if (!result.ok) throw new Error(problems(sheets).join('\n'));
    expect(result.spec).toEqual(twoTableSpec);
  });

  it('writes no 表 sheet for a one-table spec', () => {
    expect(specToBook(standardSpec).map((s) => s.name)).not.toContain('表');
  });

  it('takes the first table’s sheet when 工作表名称 is left empty, and says so when it differs', () => {
    const empty = edited('模板', (rows) => (rows.find((r) => r[0] === '工作表名称')![1] = null));
    const read = readSpecBook(bookGrids(empty));
    expect(read.ok && read.spec.sheetName).toBe('表一 组织建设');
    const other = edited('模板', (rows) => (rows.find((r) => r[0] === '工作表名称')![1] = '基本情况统计表'));
    expect(problems(other)).toEqual(['模板!B6：“工作表名称”为“基本情况统计表”，但“表”工作表中第一张表在“表一 组织建设”。']);
  });

  it('each fault of the 表 sheet at its cell', () => {
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '部分', 'C、D')))).toEqual(['表!E3：部分“D”不在“部分”表中（有：A、B、C）。']);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '部分', 'B、C')))).toEqual(['表!E3：部分“B”已属于 表!A2 的表，每个部分只能属于一张表。']);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '部分', '帮扶工作')))).toEqual([]);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表一', '部分', 'A')))).toEqual(['部分!A3：部分 B 不属于“表”工作表中的任何一张表。']);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '编号', '表一')))).toEqual(['表!A3：表编号 表一 重复，表!A2 已有此编号。']);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '工作表名称', '表一 组织建设')))).toEqual([
      '表!D3：工作表名称“表一 组织建设”已被 表!D2 的表使用。',
    ]);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '工作表名称', '填表说明')))).toEqual(['表!D3：工作表名称“填表说明”是模板自用的工作表，不能用作统计表。']);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '工作表名称', '表二/帮扶')))).toEqual([
      '表!D3：工作表名称“表二/帮扶”不能用：最长 31 个字符，且不能含 : \\ / ? * [ ]。',
    ]);
    expect(problems(edited('表', (rows, heads) => set(rows, heads, '表二', '部分', null)))).toEqual(expect.arrayContaining(['表!E3：“部分”不能为空。']));
  });

  it('a 其中 row or a rate computed from another table, at the indicator’s cell', () => {
    expect(problems(edited('指标', (rows, heads) => set(rows, heads, 'C06', '上级指标', 'A04')))).toEqual([
      '指标!F27：上级指标 A04 在另一张表（组织建设与民主管理）中；“其中：”项须与其上级指标在同一张表。',
    ]);
    expect(problems(edited('指标', (rows, heads) => set(rows, heads, 'C10', '计算公式', 'C01 * 10000 / A04')))).toEqual([
      '指标!H31：C10 的计算公式用到另一张表（组织建设与民主管理）的指标；比率须由本表的指标计算。',
    ]);
  });

  it('its messages are in the catalog, Chinese and English, with the same placeholders', () => {
    const names = (t: string) => [...new Set([...t.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1].replace(/En$/, '')))].sort();
    for (const [code, entry] of Object.entries(multiTableMessages)) {
      expect(messageCatalog[code]).toBe(entry);
      expect(entry.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(names(entry.message.en)).toEqual(names(entry.message.zh));
    }
  });
});
