import { issueAddress } from '../../../core/issues/issue.js';
import { parseSpec } from '../../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { bookGrids, readSpecBook, specToBook, type BookCell, type BookSheet } from '../../../core/spec-book/index.js';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';

/** The standard spec's sheets with one sheet's rows changed by `edit` (row i of the array is sheet row i + 2). */
function edited(sheet: string, edit: (rows: BookCell[][], heads: string[]) => void, spec: TemplateSpec = standardSpec): BookSheet[] {
  const sheets = specToBook(spec).map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const target = sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  edit(target.rows, target.columns.map((c) => c.head));
  return sheets;
}

/** Sets a cell by row code (first column) and column head. */
function set(rows: BookCell[][], heads: string[], key: string, head: string, value: BookCell): void {
  const row = rows.find((r) => r[0] === key);
  if (!row) throw new Error(`no row ${key}`);
  row[heads.indexOf(head)] = value;
}

/** Every problem as `sheet!cell：message`. */
function problems(sheets: BookSheet[]): string[] {
  const result = readSpecBook(bookGrids(sheets));
  if (result.ok) return [];
  return result.problems.map((p) => `${issueAddress(p)}：${p.message.zh}`);
}

describe('readSpecBook: the spec workbook round trip', () => {
  it('reads the standard spec back exactly (spec → workbook → spec)', () => {
    const result = readSpecBook(bookGrids(specToBook(standardSpec)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.spec).toEqual(standardSpec);
  });

  it('keeps general formulas, an equality with a grouped sum, columns and a rule’s own wording (rules grouped by sheet)', () => {
    const sheetOf = (kind: string) => (kind === 'compare' || kind === 'sum-of-parts' ? 0 : kind === 'header' ? 2 : 1);
    const formulas = unionBasicV1.rules.filter((r) => sheetOf(r.kind) === 0);
    const generic = unionBasicV1.rules.filter((r) => sheetOf(r.kind) === 1);
    const header = unionBasicV1.rules.filter((r) => sheetOf(r.kind) === 2);
    const parsed = parseSpec({
      ...unionBasicV1,
      rules: [
        ...formulas,
        { id: 'f1', kind: 'formula', severity: 'soft', formula: 'A07 + A08 <= A05 * 0.9', tolerance: 2, hint: { zh: '请核对会员数', en: 'Check the members' } },
        { id: 'f2', kind: 'formula', severity: 'hard', formula: '变化(C02) <= 50%', columns: ['current'] },
        { id: 'f3', kind: 'compare', severity: 'hard', left: ['C01'], op: 'eq', right: ['C02', 'C03'], message: { zh: '合计不对', en: 'Wrong total' } },
        ...generic,
        { id: 'f4', kind: 'range', severity: 'soft', appliesTo: { codes: ['A09'] }, max: 500, columns: ['current'] },
        ...header,
      ],
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    const result = readSpecBook(bookGrids(specToBook(parsed.spec)));
    expect(result.ok && result.spec).toEqual(parsed.spec);
  });

  it('reads a rule written as text into the kind it matches, and English left empty as the Chinese', () => {
    const sheets = edited('审核公式', (rows) => {
      rows.push(['new-rate', 'A06 = A05 / A04 * 100', '强制性', null, null, null, null, null, null]);
      rows.push(['new-yoy', '变化(C07) <= 40%', '提示性', null, null, null, null, null, null]);
    });
    const names = sheets.find((s) => s.name === '指标')!;
    names.rows[0][names.columns.findIndex((c) => c.head === '英文名称')] = null;
    const result = readSpecBook(bookGrids(sheets));
    if (!result.ok) throw new Error(problems(sheets).join('\n'));
    expect(result.spec.rules.find((r) => r.id === 'new-rate')).toMatchObject({ kind: 'derived-consistency', appliesTo: { codes: ['A06'] } });
    expect(result.spec.rules.find((r) => r.id === 'new-yoy')).toMatchObject({ kind: 'historical', severity: 'soft', maxChangePercent: 40 });
    expect(result.spec.indicators[0].name).toEqual({ zh: '应建会单位数', en: '应建会单位数' });
  });
});

describe('readSpecBook: each fault at its sheet, row and column', () => {
  it('an unknown code in a 审核公式, with the code it probably meant', () => {
    const sheets = edited('审核公式', (rows, heads) => set(rows, heads, 'B02-le-B01', '公式', 'A99 <= A01'));
    expect(problems(sheets)).toEqual(['审核公式!B7：未知指标代码 A99，是否为 A09？']);
  });

  it('a syntax error in a 审核公式, at its character', () => {
    const sheets = edited('审核公式', (rows, heads) => set(rows, heads, 'B02-le-B01', '公式', 'B02 # B01'));
    expect(problems(sheets)).toEqual(['审核公式!B7：第5个字符处：无法识别的字符“#”。']);
    const open = edited('审核公式', (rows, heads) => set(rows, heads, 'C01-sum', '公式', 'C01 = (C02 + C03 + C04 + C05'));
    expect(problems(open)).toEqual(['审核公式!B12：第29个字符处：缺少右括号“)”。']);
  });

  it('a cycle in 上级指标, once, on the first row of the loop', () => {
    const sheets = edited('指标', (rows, heads) => set(rows, heads, 'A05', '上级指标', 'A07'));
    expect(problems(sheets)).toEqual(['指标!F6：上级指标形成循环：A05 → A07 → A05。']);
    const self = edited('指标', (rows, heads) => set(rows, heads, 'A04', '上级指标', 'A04'));
    expect(problems(self)).toEqual(['指标!F5：上级指标形成循环：A04 → A04。']);
  });

  it('a rate without its numerator and denominator, or with a computation of the wrong shape', () => {
    const missing = edited('指标', (rows, heads) => set(rows, heads, 'A03', '计算公式', null));
    expect(problems(missing)).toEqual(['指标!H4：A03 是比率指标，须有计算公式（分子和分母）。']);
    const noNumerator = edited('指标', (rows, heads) => set(rows, heads, 'A03', '计算公式', '/ A01 * 100'));
    expect(problems(noNumerator)).toEqual(['指标!H4：第1个字符处：“/”不应出现在这里。']);
    const shape = edited('指标', (rows, heads) => set(rows, heads, 'A03', '计算公式', 'A01 * 100'));
    expect(problems(shape)).toEqual(['指标!H4：A03 的计算公式应写成 分子 / 分母 * 系数。']);
    const entered = edited('指标', (rows, heads) => set(rows, heads, 'A01', '计算公式', 'A02 / A04'));
    expect(problems(entered)).toEqual(['指标!H2：A01 是计数指标，由填报单位填写，不应有计算公式。']);
  });

  it('a duplicate code, naming where it first stands', () => {
    const sheets = edited('指标', (rows, heads) => set(rows, heads, 'A09', '代码', 'A08'));
    const found = problems(sheets);
    expect(found[0]).toBe('指标!A10：指标代码 A08 重复，指标!A9 已有此代码。');
    // A09 is gone with it: the report sentence that needs it says so too.
    expect(found).toContain('报告语句!B2：未知指标代码 A09，是否为 A01、A02、A03？');
  });

  it('a duplicate rule id, a bad choice, an unknown section, a malformed code, a missing cell', () => {
    const sheets = edited('指标', (rows, heads) => {
      set(rows, heads, 'B01', '类型', '个数');
      set(rows, heads, 'B02', '所属部分', 'D');
      set(rows, heads, 'B04', '代码', 'b4');
      set(rows, heads, 'B06', '名称', null);
    });
    expect(problems(sheets)).toEqual(
      expect.arrayContaining([
        '指标!A14：指标代码“b4”写法不对：应为一个大写字母加两位数字。',
        '指标!D11：“个数”不是“类型”可选的值；可选：计数、金额、比率、比值。',
        '指标!E12：所属部分“D”不在“部分”表中（有：A、B、C）。',
        '指标!B16：“名称”不能为空。',
      ]),
    );
    const ids = edited('审核公式', (rows, heads) => set(rows, heads, 'A05-le-A04', '编号', 'A02-le-A01'));
    expect(problems(ids)).toEqual(['审核公式!A3：编号 A02-le-A01 重复，审核公式!A2 已有此编号。']);
  });

  it('a missing sheet or column head', () => {
    const noSheet = specToBook(standardSpec).filter((s) => s.name !== '部分');
    expect(problems(noSheet)).toContain('部分：缺少工作表“部分”。');
    const noHead = edited('指标', () => undefined).map((s) =>
      s.name === '指标' ? { ...s, columns: s.columns.map((c) => (c.head === '小数位' ? { ...c, head: '小数' } : c)) } : s,
    );
    expect(problems(noHead)).toEqual(['指标!A1：第 1 行缺少列标题“小数位”。']);
  });

  it('reports every fault at once, not only the first', () => {
    const sheets = edited('审核公式', (rows, heads) => {
      set(rows, heads, 'A02-le-A01', '公式', 'A02 <=');
      set(rows, heads, 'A05-le-A04', '级别', '很重要');
      set(rows, heads, 'A07-le-A05', '容差', 'x');
    });
    expect(problems(sheets)).toEqual([
      '审核公式!B2：第7个字符处：公式不完整，结尾缺少内容。',
      '审核公式!C3：“很重要”不是“级别”可选的值；可选：强制性、提示性。',
      '审核公式!D4：“x”不是数字（容差）。',
    ]);
  });

  it('the spec’s identity: a version of 0, a sheet name Excel would refuse', () => {
    const sheets = edited('模板', (rows) => {
      rows[1][1] = 0;
    });
    expect(problems(sheets)).toEqual(['模板!B3：版本“0”应为正整数。']);
    const long = edited('模板', (rows) => {
      rows[4][1] = '基本情况/统计表';
    });
    expect(problems(long)).toEqual(['模板!B6：工作表名称“基本情况/统计表”不能用：最长 31 个字符，且不能含 : \\ / ? * [ ]。']);
  });

  it('what only the schema knows (表栏 without 本年), on the sheet it concerns', () => {
    const sheets = edited('表栏', (rows) => {
      rows.splice(rows.findIndex((r) => r[0] === '本年'), 1);
    });
    expect(problems(sheets)).toEqual(['表栏!A1：此处内容不符合模板规格的要求（规格位置 columns）。']);
  });
});

describe('readSpecBook: the 代码 of 表头, 表栏 and 统计期 in Chinese', () => {
  const keyColumn = (name: string) => specToBook(standardSpec).find((s) => s.name === name)!.rows.map((r) => r[0]);

  it('writes the words of the standard form, not English keys', () => {
    expect(keyColumn('表头')).toEqual(['填报单位', '单位代码', '统计年度', '统计期', '填报人', '联系电话', '单位负责人', '填报日期']);
    expect(keyColumn('表栏')).toEqual(['代码', '指标名称', '计量单位', '本年', '上年', '增减', '说明']);
    expect(keyColumn('统计期')).toEqual(['年报', '上半年']);
    const header = specToBook(standardSpec).find((s) => s.name === '表头审核')!;
    expect(new Set(header.rows.map((r) => r[1]))).toEqual(new Set(['填报单位', '单位代码', '统计年度', '统计期', '填报人', '联系电话']));
  });

  it('still reads a book written with the English keys (unitCode, current, annual), to the same spec', () => {
    const english: Record<string, Record<string, string>> = {
      表头: { 填报单位: 'unitName', 单位代码: 'unitCode', 统计年度: 'year', 统计期: 'period', 填报人: 'preparer', 联系电话: 'phone', 单位负责人: 'head', 填报日期: 'date' },
      表栏: { 代码: 'code', 指标名称: 'name', 计量单位: 'unit', 本年: 'current', 上年: 'prior', 增减: 'change', 说明: 'note' },
      统计期: { 年报: 'annual', 上半年: 'half' },
    };
    const sheets = specToBook(standardSpec).map((s) => {
      const keys = english[s.name] ?? (s.name === '表头审核' ? english['表头'] : undefined);
      if (!keys) return s;
      const at = s.name === '表头审核' ? 1 : 0;
      return { ...s, rows: s.rows.map((r) => r.map((v, i) => (i === at ? keys[String(v)] : v))) };
    });
    expect(sheets.find((s) => s.name === '表栏')!.rows[3][0]).toBe('current');
    const result = readSpecBook(bookGrids(sheets));
    expect(result.ok && result.spec).toEqual(standardSpec);
  });

  it('takes other common spellings (单位名称, 半年报), and names the allowed words for one it does not know', () => {
    const sheets = edited('表头', (rows) => {
      rows[0][0] = '单位名称';
    });
    const periods = sheets.find((s) => s.name === '统计期')!;
    periods.rows[1][0] = '半年报';
    const result = readSpecBook(bookGrids(sheets));
    expect(result.ok && result.spec).toEqual(standardSpec);
    const wrong = edited('表栏', (rows) => {
      rows[3][0] = '本年度';
    });
    expect(problems(wrong)).toEqual(['表栏!A5：“本年度”不是“代码”可选的值；可选：代码、指标名称、计量单位、本年、上年、增减、说明。']);
  });
});
