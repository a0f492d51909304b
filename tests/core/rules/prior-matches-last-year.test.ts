import type { CheckContext } from '../../../core/rules/index.js';
import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid, cellOf, VALID_PRIOR } from '../../support/build-extracted.js';

const source = '玄武区总工会2023年报.xlsx';
const lastYear = (values: Record<string, number | null>): CheckContext => ({ lastYear: { values, source } });
const priorIssues = (extracted: Extracted, context?: CheckContext) =>
  check(standardSpec, extracted, context).issues.filter((i) => i.ruleId === 'prior-matches-last-year');

describe('prior-matches-last-year', () => {
  it('does nothing without last year’s file', () => {
    expect(priorIssues(buildValid({ prior: { A01: 1 } }))).toEqual([]);
  });

  it('passes when 上年 equals what the unit submitted last year, within the tolerance 0.005', () => {
    expect(priorIssues(buildValid(), lastYear(VALID_PRIOR))).toEqual([]);
    expect(priorIssues(buildValid(), lastYear({ ...VALID_PRIOR, C01: 1136.204 }))).toEqual([]);
  });

  it('flags a 上年 figure that differs, on its 上年 cell, citing the file', () => {
    const issues = priorIssues(buildValid(), lastYear({ ...VALID_PRIOR, A01: 1100, C01: 1136.21 }));
    expect(issues.map((i) => i.indicator)).toEqual(['A01', 'C01']);
    expect(issues[0]).toMatchObject({
      code: 'prior-matches-last-year',
      severity: 'soft',
      status: 'open',
      column: 'prior',
      cell: cellOf('A01', 'prior'),
      values: { prior: 1180, lastYear: 1100, difference: 80, source },
    });
    expect(issues[0].message.zh).toBe(`应建会单位数（A01）上年为 1180，与本单位去年报送的本年数 1100（${source}）不一致，相差 80。`);
  });

  it('skips indicators last year lacks or this file leaves unknown, and rates', () => {
    const { A01: _a01, ...withoutA01 } = VALID_PRIOR;
    expect(priorIssues(buildValid(), lastYear({ ...withoutA01, A02: null, A03: 50 }))).toEqual([]);
    expect(priorIssues(buildValid({ prior: { A01: null } }), lastYear({ ...VALID_PRIOR, A01: 5 }))).toEqual([]);
  });

  it('is explained by a 说明 on the row', () => {
    const [issue] = priorIssues(buildValid({ notes: { A01: '去年数据经核实修订' } }), lastYear({ ...VALID_PRIOR, A01: 1100 }));
    expect(issue).toMatchObject({ status: 'explained', explanation: '去年数据经核实修订' });
  });
});
