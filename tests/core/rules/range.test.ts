import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

const rangeIssues = (extracted: Extracted) =>
  check(standardSpec, extracted).issues.filter((i) => i.code.startsWith('range.'));

describe('range', () => {
  it('passes the valid submission and the bounds themselves', () => {
    expect(rangeIssues(buildValid())).toEqual([]);
    expect(rangeIssues(buildValid({ current: { A03: null, B03: 100, B09: 0, C06: 0 } }))).toEqual([]);
  });

  it('refuses a negative count or amount', () => {
    const issues = rangeIssues(buildValid({ current: { A09: -3 }, prior: { C04: -0.5 } }));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({
      ruleId: 'counts-amounts-non-negative',
      code: 'range.below-min',
      severity: 'hard',
      indicator: 'A09',
      cell: cellOf('A09', 'current'),
      values: { value: -3, min: 0, max: null },
    });
    expect(issues[0].message.zh).toBe('当年新建基层工会数（A09）本年为 -3，小于下限 0。');
    expect(issues[1]).toMatchObject({ indicator: 'C04', column: 'prior', cell: cellOf('C04', 'prior') });
  });

  it('refuses a rate above 100 and a negative ratio', () => {
    const issues = rangeIssues(buildValid({ current: { B03: 100.5, C10: -1 } }));
    expect(issues.map((i) => [i.ruleId, i.code, i.indicator])).toEqual([
      ['rates-0-100', 'range.above-max', 'B03'],
      ['ratios-non-negative', 'range.below-min', 'C10'],
    ]);
    expect(issues[0].message.zh).toContain('大于上限 100');
  });
});
