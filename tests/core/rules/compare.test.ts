import { parseSpec } from '../../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { check } from '../../../core/rules/index.js';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';
import { buildExtracted, buildValid, cellOf } from '../../support/build-extracted.js';

const byRule = (ruleId: string, extracted = buildValid(), spec: TemplateSpec = standardSpec) =>
  check(spec, extracted).issues.filter((i) => i.ruleId === ruleId);

/** The standard spec with its rules replaced. */
function specWithRules(rules: unknown[]): TemplateSpec {
  const result = parseSpec({ ...unionBasicV1, rules });
  if (!result.success) throw new Error(JSON.stringify(result.problems));
  return result.spec;
}

describe('compare', () => {
  it('passes when the relation holds, including equality for ≤', () => {
    expect(byRule('A02-le-A01')).toEqual([]);
    expect(byRule('A02-le-A01', buildValid({ current: { A02: 1250 } }))).toEqual([]);
  });

  it('flags 已建会单位数 > 应建会单位数 as hard, on the left cell, citing both values', () => {
    const [issue, ...rest] = byRule('A02-le-A01', buildExtracted({ current: { A01: 100, A02: 120 } }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      ruleId: 'A02-le-A01',
      code: 'compare',
      severity: 'hard',
      status: 'open',
      indicator: 'A02',
      column: 'current',
      sheet: '基本情况统计表',
      cell: 'D10',
      related: ['D9'],
      values: { left: 120, right: 100, difference: 20, leftName: '已建会单位数', rightName: '应建会单位数', columnName: '本年' },
    });
    expect(issue.message.zh).toBe('已建会单位数（A02）本年为 120，大于应建会单位数（A01）100。');
    expect(issue.message.en).toContain('(A02)');
    expect(issue.hint.zh).toContain('应小于或等于');
  });

  it('checks the 上年 column on its own cells', () => {
    const issues = byRule('A02-le-A01', buildValid({ prior: { A02: 1181 } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ column: 'prior', cell: cellOf('A02', 'prior'), related: [cellOf('A01', 'prior')] });
    expect(issues[0].message.zh).toContain('上年为 1181');
  });

  it('skips the comparison when an operand is unknown', () => {
    expect(byRule('A02-le-A01', buildValid({ current: { A01: null, A02: 99999 } }))).toEqual([]);
    expect(byRule('A02-le-A01', buildValid({ current: { A01: '一千' } }))).toEqual([]);
  });

  it('treats 无 as 0', () => {
    const issues = byRule('A07-le-A05', buildValid({ current: { A05: '无', A07: 3 } }));
    expect(issues).toHaveLength(1);
    expect(issues[0].values).toMatchObject({ left: 3, right: 0 });
  });

  it('makes a soft failure explained when its row has a 说明, but never a hard one', () => {
    const soft = { current: { A05: 190000 } };
    expect(byRule('A05-le-A04', buildValid(soft))[0]).toMatchObject({ severity: 'soft', status: 'open' });
    const explained = byRule('A05-le-A04', buildValid({ ...soft, notes: { A05: '含退休会员' } }))[0];
    expect(explained).toMatchObject({ status: 'explained', explanation: '含退休会员' });
    const hard = byRule('A02-le-A01', buildValid({ current: { A02: 1300 }, notes: { A02: '新建企业较多' } }))[0];
    expect(hard).toMatchObject({ severity: 'hard', status: 'open' });
    expect(hard.explanation).toBeUndefined();
  });

  it('sums several codes per side, honours the tolerance and every operator', () => {
    const rule = (op: string, tolerance = 0) => ({
      id: 'r', kind: 'compare', severity: 'hard', left: ['C02', 'C03'], op, right: ['C01'], tolerance, columns: ['current'],
    });
    const ex = buildValid({ current: { C01: 100, C02: 60, C03: 40.3 } });
    expect(byRule('r', ex, specWithRules([rule('eq')]))[0]).toMatchObject({
      values: { left: 100.3, right: 100, leftCodes: 'C02+C03', leftName: '送温暖资金＋金秋助学资金' },
      related: [cellOf('C03', 'current'), cellOf('C01', 'current')],
      cell: cellOf('C02', 'current'),
    });
    expect(byRule('r', ex, specWithRules([rule('eq', 0.3)]))).toEqual([]);
    expect(byRule('r', ex, specWithRules([rule('eq', 0.29)]))).toHaveLength(1);
    expect(byRule('r', ex, specWithRules([rule('ge')]))).toEqual([]);
    expect(byRule('r', ex, specWithRules([rule('gt')]))).toEqual([]);
    expect(byRule('r', ex, specWithRules([rule('le')]))).toHaveLength(1);
    expect(byRule('r', ex, specWithRules([rule('lt')]))[0].message.zh).toContain('不小于');
    const equal = buildValid({ current: { C01: 100, C02: 60, C03: 40 } });
    expect(byRule('r', equal, specWithRules([rule('lt')]))).toHaveLength(1);
    expect(byRule('r', equal, specWithRules([rule('gt')]))).toHaveLength(1);
    expect(byRule('r', equal, specWithRules([rule('le')]))).toEqual([]);
  });

  it('absorbs float noise: 0.1 + 0.2 ≤ 0.3', () => {
    const spec = specWithRules([{ id: 'r', kind: 'compare', severity: 'hard', left: ['C02', 'C03'], op: 'le', right: ['C01'] }]);
    expect(byRule('r', buildValid({ current: { C01: 0.3, C02: 0.1, C03: 0.2 } }), spec)).toEqual([]);
  });

  it("uses the rule's own wording when the spec gives one", () => {
    const spec = specWithRules([
      {
        id: 'r', kind: 'compare', severity: 'hard', left: ['A02'], op: 'le', right: ['A01'],
        message: { zh: '{leftCodes} 超过 {rightCodes}：{left} > {right}', en: '{leftCodes} exceeds {rightCodes}' },
      },
    ]);
    const [issue] = byRule('r', buildValid({ current: { A02: 1300 } }), spec);
    expect(issue.message).toEqual({ zh: 'A02 超过 A01：1300 > 1250', en: 'A02 exceeds A01' });
    expect(issue.hint.zh).toContain('应小于或等于');
  });
});
