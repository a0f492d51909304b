import { createHash } from 'node:crypto';
import { buildMergeReport, type MergeReportInput } from '../../../core/merge/build-merge-report.js';
import { DuplicateChoice, duplicateCandidates } from '../../../core/merge/duplicate-choice.js';
import type { CheckedRead } from '../../../core/merge/kept-submission.js';
import { bytesTaskReader } from '../../../core/merge/read-task.js';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { standardSpec } from '../../../core/templates/index.js';
import { buildRunJson } from '../../../report/build-run-json.js';
import { statusRows } from '../../../report/status-rows.js';
import { buildTemplateWorkbook, fillTemplate } from '../../../report/template/index.js';
import { enteredFigures } from '../../support/entered-figures.js';

const parsed = parseRosterCsv('代码,名称,上级,类别\n990100,示例市总工会,,本级\n990101,甲区总工会,990100,县区\n990104,丁区总工会,990100,县区\n');
if (!parsed.ok) throw new Error('the roster does not parse');
const roster = parsed.roster;

async function submissionBytes(code: string, name: string, scale: number): Promise<Uint8Array> {
  const wb = buildTemplateWorkbook(standardSpec);
  const figures = enteredFigures(scale);
  fillTemplate(wb, standardSpec, {
    header: { unitName: name, unitCode: code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-1234567' },
    current: figures,
    prior: figures,
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the staff choose which of a unit’s differing files counts', () => {
  const read = bytesTaskReader(standardSpec, {}, { keep: 'checked', context: { rosterCodes: roster.units.map((u) => u.code) } });
  const files: Record<string, Uint8Array> = {};
  let submissions: CheckedRead[];
  const merge = (extra: Partial<MergeReportInput> = {}) => {
    const result = buildMergeReport({ spec: standardSpec, roster, submissions, ...extra });
    if (!result.ok) throw new Error(result.failure.code);
    return result.report;
  };

  beforeAll(async () => {
    files['甲区.xlsx'] = await submissionBytes('990101', '甲区总工会', 1);
    files['丁区-1.xlsx'] = await submissionBytes('990104', '丁区总工会', 1);
    files['丁区-2.xlsx'] = await submissionBytes('990104', '丁区总工会', 2);
    submissions = Object.entries(files).map(([name, data]) => read({ name }, data, sha(data)));
  });

  test('without a choice both differing files are left out, and the page can list them to choose from', () => {
    const report = merge();
    expect(report.statuses.find((s) => s.code === '990104')).toMatchObject({ status: 'duplicate', included: false, files: ['丁区-1.xlsx', '丁区-2.xlsx'] });
    expect(report.summary.total.figures.A01.current).toBe(100);
    expect(report.choices).toBeUndefined();
    expect(duplicateCandidates(report)).toEqual([
      {
        unitCode: '990104',
        unitName: '丁区总工会',
        files: [
          { file: '丁区-1.xlsx', sha256: sha(files['丁区-1.xlsx']) },
          { file: '丁区-2.xlsx', sha256: sha(files['丁区-2.xlsx']) },
        ],
      },
    ]);
  });

  test('the chosen file counts, the other is a duplicate "not chosen", and 报送情况 and run.json say it was a choice', () => {
    const choice = { unitCode: '990104', file: '丁区-2.xlsx', sha256: sha(files['丁区-2.xlsx']) };
    const report = merge({ choices: [choice] });
    const row = report.statuses.find((s) => s.code === '990104')!;
    expect(row).toMatchObject({ status: 'reported', included: true, chosen: '丁区-2.xlsx', files: ['丁区-1.xlsx', '丁区-2.xlsx'] });
    // 甲区 ×1 and 丁区's second file ×2.
    expect(report.summary.total.units).toBe(2);
    expect(report.summary.total.figures.A01.current).toBe(100 + 200);
    expect(report.sources.find((s) => s.unitCode === '990104')!.file).toBe('丁区-2.xlsx');
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byFile['丁区-2.xlsx']).toMatchObject({ outcome: 'accepted', chosen: true });
    expect(byFile['丁区-1.xlsx'].outcome).toBe('duplicate');
    expect(byFile['丁区-1.xlsx'].chosen).toBeUndefined();
    expect(byFile['丁区-1.xlsx'].issues.map((i) => i.code)).toEqual(['merge.not-chosen']);
    expect(byFile['丁区-1.xlsx'].issues[0].message.zh).toBe('单位 丁区总工会（990104）报送了多个数据不同的文件，经工作人员选定以 丁区-2.xlsx 计入汇总，本文件 丁区-1.xlsx 未采用。');

    const zh = statusRows(report, 'zh').find((r) => r.code === '990104')!;
    expect(zh).toMatchObject({ status: '已报', files: '丁区-1.xlsx；丁区-2.xlsx（选定计入）', included: '是' });
    expect(statusRows(report, 'en').find((r) => r.code === '990104')!.files).toBe('丁区-1.xlsx；丁区-2.xlsx (chosen)');

    const run = JSON.parse(buildRunJson(report, standardSpec, { inputs: [], timings: {}, startedAt: '2025-01-15T08:00:00.000Z' }));
    expect(run.choices).toEqual([{ ...choice, applied: true }]);
    expect(run.statuses.find((s: { code: string }) => s.code === '990104').chosen).toBe('丁区-2.xlsx');
    expect(run.files.find((f: { file: string }) => f.file === '丁区-2.xlsx').chosen).toBe(true);
    expect(run.files.find((f: { file: string }) => f.file === '丁区-1.xlsx').chosen).toBeUndefined();
  });

  test('a chosen file whose bytes changed is not taken: the unit stays out and a note says why', () => {
    const report = merge({ choices: [{ unitCode: '990104', file: '丁区-2.xlsx', sha256: sha(files['丁区-1.xlsx']) }] });
    expect(report.statuses.find((s) => s.code === '990104')).toMatchObject({ status: 'duplicate', included: false });
    expect(report.statuses.find((s) => s.code === '990104')!.chosen).toBeUndefined();
    expect(report.summary.total.figures.A01.current).toBe(100);
    expect(report.choices).toEqual([{ unitCode: '990104', file: '丁区-2.xlsx', sha256: sha(files['丁区-1.xlsx']), applied: false, miss: 'changed' }]);
    expect(report.notes.map((n) => n.zh)).toContain('选定的文件 丁区-2.xlsx（单位 990104）在选定后已被修改，此项选定未采用。');
  });

  test('a choice naming a file the unit did not send is not applied, and says so', () => {
    const report = merge({ choices: [{ unitCode: '990104', file: '甲区.xlsx', sha256: sha(files['甲区.xlsx']) }] });
    expect(report.statuses.find((s) => s.code === '990104')!.status).toBe('duplicate');
    expect(report.statuses.find((s) => s.code === '990101')!.chosen).toBeUndefined();
    expect(report.choices![0]).toMatchObject({ applied: false, miss: 'not-found' });
    expect(report.notes.map((n) => n.zh)).toContain('选定的文件 甲区.xlsx 不是单位 990104 报送的文件，此项选定未采用。');
  });

  test('identical copies still count once, the first in file order, with no choice needed', () => {
    const copy = files['甲区.xlsx'];
    const withCopy = [...submissions, read({ name: '甲区-副本.xlsx' }, copy, sha(copy))];
    const result = buildMergeReport({ spec: standardSpec, roster, submissions: withCopy });
    if (!result.ok) throw new Error(result.failure.code);
    const { report } = result;
    expect(report.statuses.find((s) => s.code === '990101')).toMatchObject({ status: 'reported', included: true, files: ['甲区.xlsx', '甲区-副本.xlsx'] });
    expect(report.files.find((f) => f.file === '甲区-副本.xlsx')!.issues.map((i) => i.code)).toEqual(['merge.identical-copy']);
    expect(report.summary.total.figures.A01.current).toBe(100);
  });

  test('the choice is validated: a code is trimmed and upper-cased, a hash must be 64 hex digits', () => {
    expect(DuplicateChoice.parse({ unitCode: ' ab12 ', file: 'x.xlsx', sha256: 'a'.repeat(64) }).unitCode).toBe('AB12');
    expect(DuplicateChoice.safeParse({ unitCode: '990104', file: 'x.xlsx', sha256: 'abc' }).success).toBe(false);
  });
});
