import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { CellInput } from '../../support/build-extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

/** Issues of the derived-agree rule on one indicator. */
function derivedIssues(code: string, current: Record<string, CellInput> = {}, prior: Record<string, CellInput> = {}) {
  return check(standardSpec, buildValid({ current, prior })).issues.filter((i) => i.ruleId === 'derived-agree' && i.indicator === code);
}

// 4617 / 5000 × 100 = 92.34
const rate9234 = { A01: 5000, A02: 4617 };

describe('derived-consistency', () => {
  it('passes when every typed rate and ratio agrees with its parts', () => {
    expect(check(standardSpec, buildValid()).issues.filter((i) => i.ruleId === 'derived-agree')).toEqual([]);
  });

  it('accepts a rate that agrees to the rounding it shows: 92, 92.3 and 92.34 all agree with 92.34', () => {
    for (const typed of [92, 92.3, 92.34, 92.343]) expect(derivedIssues('A03', { ...rate9234, A03: typed })).toEqual([]);
  });

  it('refuses 93 and 92.4 against 92.34, saying what it should be', () => {
    const [issue] = derivedIssues('A03', { ...rate9234, A03: 93 });
    expect(issue).toMatchObject({
      code: 'derived-consistency',
      severity: 'hard',
      indicator: 'A03',
      column: 'current',
      cell: 'D11',
      related: [cellOf('A02', 'current'), cellOf('A01', 'current')],
      values: { typed: 93, expected: 92.3, numerator: 4617, denominator: 5000, factor: 100, tolerance: 0.5 },
    });
    expect(issue.values.exact).toBeCloseTo(92.34, 9);
    expect(issue.message.zh).toBe('建会率（A03）本年填写为 93，但按已建会单位数（A02）4617 ÷ 应建会单位数（A01）5000 × 100 计算应为 92.3。');
    expect(issue.hint.zh).toContain('请改为 92.3');
    expect(derivedIssues('A03', { ...rate9234, A03: 92.4 })).toHaveLength(1);
  });

  it('leaves an empty rate alone: it is recomputed', () => {
    expect(derivedIssues('A03', { ...rate9234, A03: null })).toEqual([]);
  });

  it('with a zero denominator: an empty rate is right, a typed one is a soft issue', () => {
    expect(derivedIssues('A03', { A01: 0, A02: 0, A03: null })).toEqual([]);
    for (const typed of [0, 50]) {
      const [issue, ...rest] = derivedIssues('A03', { A01: 0, A02: 0, A03: typed });
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ code: 'derived-consistency.zero-denominator', severity: 'soft', values: { typed, denominator: 0 } });
      expect(issue.message.zh).toContain('分母为 0 时比率应留空');
    }
  });

  it('skips when a part is unknown or the rate cell is not a number', () => {
    expect(derivedIssues('A03', { A01: null, A03: 10 })).toEqual([]);
    expect(derivedIssues('A03', { A02: '很多', A03: 10 })).toEqual([]);
    expect(derivedIssues('A03', { A03: '无' })).toEqual([]);
  });

  it('checks the 上年 column', () => {
    const [issue, ...rest] = derivedIssues('A03', {}, { A03: 80 });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ column: 'prior', cell: cellOf('A03', 'prior'), values: { expected: 84.7 } });
    expect(issue.message.zh).toContain('上年填写为 80');
  });

  it('checks ratios with their factor: 人均帮扶金额 = 帮扶资金合计 × 10000 / 人次', () => {
    // 1234.56 × 10000 / 32000 = 385.8
    expect(derivedIssues('C10', { C10: 385.8 })).toEqual([]);
    expect(derivedIssues('C10', { C10: 386 })).toEqual([]); // shows no decimals: agrees to the yuan
    const [issue] = derivedIssues('C10', { C10: 385.9 });
    expect(issue.values).toMatchObject({ expected: 385.8, factor: 10000, tolerance: 0.05 });
    expect(derivedIssues('C10', { C10: 385.81 })[0].values.tolerance).toBe(0.005);
    expect(derivedIssues('C10', { C10: 390 })).toHaveLength(1);
  });
});
