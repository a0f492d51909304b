import { parseFormula, validateFormula, type FormulaError } from '../../../core/formula/index.js';
import { messageFor } from '../../../core/messages/catalog.js';
import { renderText } from '../../../core/messages/render-text.js';

const CODES = ['A01', 'A02', 'A03', 'A04', 'A05', 'A09', 'C01', 'C02', 'C03'];

/** The first fault of a check formula, in the catalog's Chinese, or 'ok'. */
function fault(text: string, mode: 'comparison' | 'expression' = 'comparison'): string {
  const parsed = parseFormula(text, mode);
  const errors: FormulaError[] = parsed.ok ? validateFormula(parsed.formula, CODES) : [parsed.error];
  return errors.length === 0 ? 'ok' : renderText(messageFor(errors[0].code).message, errors[0].values).zh;
}

describe('parseFormula: what a statistician writes', () => {
  it.each([
    'A02 <= A01',
    'A02<A01',
    'A02 = A01',
    'A02 == A01',
    'A02 >= A01',
    'A02 > A01',
    'A02 <> A01',
    'A02 != A01',
    'A02 ≤ A01',
    'A02 ≥ A01',
    'A02 ≠ A01',
    'C01 = C02 + C03',
    'A02 − A01 <= 0',
    'A02 × 2 ÷ 4 <= A01',
    'A02 * 2 / 4 <= A01',
    '-A02 >= -A01',
    '(A01 + A02) * 2 >= A04',
    'sum(A01:A05) >= A01',
    'SUM(A01, A02, C01:C03) >= 0',
    'abs(A01 - A02) <= 5',
    'ABS(A01) >= 0',
    '上年(A04) <= A04',
    '变化(A04) <= 30%',
    'abs(A03 - 上年(A03)) <= 10',
    '（A01＋A02）≠ A04',
    'a02 <= a01',
    'A02 <= A01 * 0.5',
    'A02 <= .5 * A01',
  ])('%s parses and names only known codes', (text) => {
    expect(fault(text)).toBe('ok');
  });

  it('keeps each node at its place in the text', () => {
    const parsed = parseFormula('A02 + 上年(A04) <= 30%', 'comparison');
    if (!parsed.ok || parsed.formula.kind !== 'comparison') throw new Error('no parse');
    const c = parsed.formula.comparison;
    expect(c.op).toBe('le');
    expect(c.opStart).toBe(14);
    expect(c.left).toMatchObject({ type: 'binary', op: '+', start: 0, end: 13 });
    expect(c.right).toEqual({ type: 'number', value: 30, percent: true, start: 17, end: 20 });
  });

  it('reads precedence as arithmetic does: * and / before + and -', () => {
    const parsed = parseFormula('A01 + A02 * A04', 'expression');
    if (!parsed.ok || parsed.formula.kind !== 'expression') throw new Error('no parse');
    expect(parsed.formula.expr).toMatchObject({ type: 'binary', op: '+', right: { type: 'binary', op: '*' } });
  });
});

describe('parseFormula: faults, each at its character', () => {
  it.each([
    ['A02 <=', '第7个字符处：公式不完整，结尾缺少内容。'],
    ['A02 + ', '第6个字符处：公式不完整，结尾缺少内容。'],
    ['(A02 + A01 <= 3', '第12个字符处：缺少右括号“)”。'],
    ['abs(A02 <= 3', '第9个字符处：缺少右括号“)”。'],
    ['(A02 + A01', '第11个字符处：缺少右括号“)”。'],
    ['A02 + A01) <= 3', '第10个字符处：多出一个右括号“)”。'],
    ['A02 A01', '第5个字符处：“A01”不应出现在这里。'],
    ['A02 <= A01 <= A03', '第12个字符处：“<=”不应出现在这里。'],
    ['A02 # A01', '第5个字符处：无法识别的字符“#”。'],
    ['A01', '第4个字符处：审核公式缺少比较符。'],
    ['   ', '公式为空。'],
    ['A01:A02 <= 3', '第4个字符处：“:”不应出现在这里。'],
    ['A99 <= A01', '未知指标代码 A99，是否为 A09？'],
    ['X77 <= A01', '未知指标代码 X77。'],
    ['max(A01) <= 2', '第1个字符处：未知函数 max。'],
    ['abs(A01, A02) <= 2', '第1个字符处：函数 abs 只接受 1 个参数。'],
    ['上年(变化(A01)) <= 1', '第4个字符处：变化() 不能写在 上年() 或 变化() 里面。'],
    ['sum(C03:C01) <= 1', '第5个字符处：代码范围 C03:C01 的起点排在终点之后。'],
    ['abs(A01:A02) <= 1', '第5个字符处：代码范围 A01:A02 只能写在 sum() 里。'],
  ])('%s → %s', (text, message) => {
    expect(fault(text)).toBe(message);
  });

  it('a computation (计算公式) holds no comparison', () => {
    expect(fault('A02 / A01 * 100', 'expression')).toBe('ok');
    expect(fault('A02 / A01 <= 100', 'expression')).toBe('第11个字符处：计算公式不能含比较符。');
  });
});
