import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildExtracted, buildValid } from '../../support/build-extracted.js';

const requiredIssues = (extracted: Extracted) => check(standardSpec, extracted).issues.filter((i) => i.code === 'required-value');

describe('required-value', () => {
  it('passes when every count and amount is filled, 0 and 无 included', () => {
    expect(requiredIssues(buildValid())).toEqual([]);
    expect(requiredIssues(buildValid({ current: { A09: 0, C06: '无' }, prior: { C06: '—' } }))).toEqual([]);
  });

  it('flags an empty 本年 cell as hard, on that cell, telling how to say none', () => {
    const [issue, ...rest] = requiredIssues(buildValid({ current: { A01: null } }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      ruleId: 'current-required',
      severity: 'hard',
      indicator: 'A01',
      column: 'current',
      cell: 'D9',
      values: { name: '应建会单位数', columnName: '本年' },
    });
    expect(issue.message.zh).toBe('应建会单位数（A01）本年未填写。');
    expect(issue.hint.zh).toContain('如确实没有，请填 0 或“无”');
  });

  it('flags an empty 上年 cell as soft', () => {
    const issues = requiredIssues(buildValid({ prior: { C05: null } }));
    expect(issues.map((i) => [i.ruleId, i.severity, i.cell])).toEqual([['prior-required', 'soft', 'E33']]);
  });

  it('leaves empty rates, unreadable cells and missing rows to others', () => {
    expect(requiredIssues(buildValid({ current: { A03: null, C10: null } }))).toEqual([]);
    expect(requiredIssues(buildValid({ current: { A01: '约1200', A02: { state: 'uncached', formula: 'A1' } } }))).toEqual([]);
    expect(requiredIssues(buildValid({ omitRows: ['A09'] }))).toEqual([]);
  });

  it('lists every empty entered cell of a blank sheet', () => {
    const issues = requiredIssues(buildExtracted());
    const entered = standardSpec.indicators.filter((i) => i.kind === 'count' || i.kind === 'amount').length;
    expect(issues).toHaveLength(entered * 2);
  });
});
