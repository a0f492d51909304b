import { makeIssue } from '../../core/issues/make-issue.js';
import { issueRows } from '../../report/issue-rows.js';

describe('issueRows', () => {
  it('keeps a consequence with the issue that causes it, on its row, in the language asked', () => {
    const rate = makeIssue({ code: 'range.above-max', ruleId: 'rates-0-100', severity: 'hard', indicator: 'B03', column: 'current', sheet: 'S', cell: 'D22', values: { name: '集体协商建制率', nameEn: 'Collective bargaining rate', code: 'B03', value: 100.2, max: 100, min: 0, columnName: '本年', columnNameEn: 'this year' } });
    const part = makeIssue({ code: 'structure.unknown-row', severity: 'hard', sheet: 'S', cell: 'D21', values: { code: 'B02' } });
    const withConsequence = { ...part, consequences: [{ ruleId: rate.ruleId, code: rate.code, severity: rate.severity, indicator: 'B03', column: 'current' as const, cell: 'D22', message: rate.message }] };
    const rows = issueRows([{ file: 'a.xlsx', unitCode: '990101', unitName: '东城区', sheet: 'S', issues: [withConsequence] }]);
    expect(rows).toHaveLength(1);
    expect(rows[0].message).toBe(`${part.message.zh} 由此导致：${rate.message.zh}`);
    expect(issueRows([{ file: 'a.xlsx', sheet: 'S', issues: [withConsequence] }], 'en')[0].message).toBe(`${part.message.en} Which also gives: ${rate.message.en}`);
  });
});
