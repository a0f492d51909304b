import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

const sumIssues = (extracted: Extracted) => check(standardSpec, extracted).issues.filter((i) => i.ruleId === 'C01-sum');
const parts = (c01: number, c02 = 50, c03 = 25, c04 = 15, c05 = 10) => ({ C01: c01, C02: c02, C03: c03, C04: c04, C05: c05 });

describe('sum-of-parts', () => {
  it('passes when 帮扶资金合计 equals the sum of its parts', () => {
    expect(sumIssues(buildValid())).toEqual([]);
    expect(sumIssues(buildValid({ current: parts(100) }))).toEqual([]);
  });

  it('accepts a difference of exactly the tolerance 0.01, refuses 0.02', () => {
    expect(sumIssues(buildValid({ current: parts(100.01) }))).toEqual([]);
    expect(sumIssues(buildValid({ current: parts(99.99) }))).toEqual([]);
    const issues = sumIssues(buildValid({ current: parts(100.02) }));
    expect(issues).toHaveLength(1);
    expect(issues[0].values.difference).toBeCloseTo(0.02, 9);
  });

  it('reports on the total cell, with the parts as related cells and every value', () => {
    const [issue] = sumIssues(buildValid({ current: parts(120) }));
    expect(issue).toMatchObject({
      code: 'sum-of-parts',
      severity: 'hard',
      status: 'open',
      indicator: 'C01',
      column: 'current',
      cell: 'D29',
      related: ['D30', 'D31', 'D32', 'D33'],
      values: { total: 120, sum: 100, difference: 20, tolerance: 0.01, C02: 50, C03: 25, C04: 15, C05: 10, partsCodes: 'C02+C03+C04+C05' },
    });
    expect(issue.message.zh).toBe('帮扶资金合计（C01）本年为 120，不等于各分项（C02+C03+C04+C05）之和 100，相差 20。');
    expect(issue.hint.zh).toContain('送温暖资金＋金秋助学资金＋医疗救助资金＋其他帮扶资金');
  });

  it('checks the 上年 column too', () => {
    const [issue, ...rest] = sumIssues(buildValid({ prior: parts(90) }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ column: 'prior', cell: cellOf('C01', 'prior'), values: { total: 90, sum: 100 } });
  });

  it('counts a part marked 无 as 0 and skips the check when a part is unknown', () => {
    expect(sumIssues(buildValid({ current: { ...parts(90), C05: '无' } }))).toEqual([]);
    expect(sumIssues(buildValid({ current: { ...parts(90), C05: null } }))).toEqual([]);
    expect(sumIssues(buildValid({ current: { ...parts(90), C01: null } }))).toEqual([]);
  });
});
