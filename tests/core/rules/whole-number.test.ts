import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

const wholeIssues = (extracted: Extracted) => check(standardSpec, extracted).issues.filter((i) => i.ruleId === 'counts-whole');

describe('whole-number', () => {
  it('passes whole counts, and does not apply to amounts or rates', () => {
    expect(wholeIssues(buildValid())).toEqual([]);
    expect(wholeIssues(buildValid({ current: { C02: 612.35, A03: 86.4 } }))).toEqual([]);
  });

  it('tolerates float noise in a count', () => {
    expect(wholeIssues(buildValid({ current: { A04: 186500.00000000003 } }))).toEqual([]);
  });

  it('refuses a count with a fraction, in either column', () => {
    const issues = wholeIssues(buildValid({ current: { A04: 186500.5 }, prior: { C07: 30500.2 } }));
    expect(issues.map((i) => [i.indicator, i.column, i.cell])).toEqual([
      ['A04', 'current', cellOf('A04', 'current')],
      ['C07', 'prior', cellOf('C07', 'prior')],
    ]);
    expect(issues[0]).toMatchObject({ code: 'whole-number', severity: 'hard', values: { value: 186500.5, unit: '人' } });
    expect(issues[0].message.zh).toBe('职工总数（A04）本年为 186500.5，计数指标（单位：人）应为整数。');
  });
});
