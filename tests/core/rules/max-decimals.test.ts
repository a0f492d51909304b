import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

const decimalIssues = (extracted: Extracted) => check(standardSpec, extracted).issues.filter((i) => i.ruleId === 'amounts-2-decimals');

describe('max-decimals', () => {
  it('passes amounts with at most 2 decimals, float noise included', () => {
    expect(decimalIssues(buildValid())).toEqual([]);
    expect(decimalIssues(buildValid({ current: { C06: 0.1 + 0.2, C08: 2150.5 } }))).toEqual([]);
    expect(decimalIssues(buildValid({ current: { C06: 1234.56 * 3 } }))).toEqual([]);
  });

  it('refuses a third decimal in 万元', () => {
    const [issue, ...rest] = decimalIssues(buildValid({ current: { C06: 180.005 } }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'max-decimals',
      severity: 'hard',
      indicator: 'C06',
      cell: cellOf('C06', 'current'),
      values: { value: 180.005, decimals: 2 },
    });
    expect(issue.message.zh).toBe('中央财政专项帮扶资金（C06）本年为 180.005，超过 2 位小数。');
    expect(issue.hint.zh).toContain('万元');
  });
});
