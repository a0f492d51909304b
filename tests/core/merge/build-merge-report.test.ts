import { buildMergeReport } from '../../../core/merge/build-merge-report.js';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { standardSpec } from '../../../core/templates/index.js';

const parsed = parseRosterCsv('代码,名称,上级,类别\n3201,示例市总工会,,本级\n320102,玄武区总工会,3201,县区\n');
if (!parsed.ok) throw new Error('the roster does not parse');
const roster = parsed.roster;

describe('buildMergeReport', () => {
  test('no year given and none in any file: a failure as data, not a throw; a year given is enough for a report', () => {
    expect(buildMergeReport({ spec: standardSpec, roster, submissions: [] })).toEqual({ ok: false, failure: { code: 'merge.no-year' } });
    const withYear = buildMergeReport({ spec: standardSpec, roster, submissions: [], year: 2025 });
    expect(withYear.ok).toBe(true);
    if (withYear.ok) expect(withYear.report.statuses.map((s) => [s.code, s.status])).toEqual([['320102', 'missing']]);
  });
});
