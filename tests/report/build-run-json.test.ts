import { specFingerprint } from '../../core/spec/spec-fingerprint.js';
import { standardSpec } from '../../core/templates/index.js';
import { buildRunJson } from '../../report/build-run-json.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';

describe('buildRunJson', () => {
  const info = {
    startedAt: '2025-01-15T08:00:00.000Z',
    finishedAt: '2025-01-15T08:00:02.500Z',
    timings: { read: 1200, check: 300, merge: 50, write: 900, total: 2500 },
    inputs: [{ file: 'roster.csv', sha256: '1'.repeat(64), bytes: 420, role: 'roster' }],
  };

  test('records the spec, the inputs with hashes, counts by outcome and status, every issue, the timings', () => {
    const report = sampleMergeReport();
    const run = JSON.parse(buildRunJson(report, standardSpec, info));
    expect(run.spec).toEqual({ id: 'union-basic', version: 1, fingerprint: specFingerprint(standardSpec) });
    expect(run.collection).toEqual({ year: 2024, period: 'annual', federation: { code: '110000', name: '示例市总工会', scope: '全市' } });
    expect(run.inputs).toEqual(info.inputs);
    expect(run.files.map((f: { file: string; sha256: string }) => [f.file, f.sha256])).toEqual(report.files.map((f) => [f.file, f.sha256]));
    expect(run.counts.filesByOutcome).toEqual({ accepted: 3, rejected: 1, 'not-in-roster': 1, unreadable: 1 });
    expect(run.counts.unitsByStatus).toEqual({ reported: 2, 'needs-explanation': 1, missing: 1, 'hard-issues': 1, 'not-in-roster': 1, unreadable: 1 });
    expect(run.counts.unitsInTotal).toBe(3);
    expect(run.counts.issues).toEqual({ total: 4, hard: 2, soft: 1, explained: 1 });
    expect(run.issues).toHaveLength(4);
    expect(run.issues.find((i: { ruleId: string }) => i.ruleId === 'C01-sum')).toMatchObject({
      file: '直属/市直机关工会.xlsx',
      unitCode: '110201',
      severity: 'hard',
      cell: 'D32',
      message: { zh: '帮扶资金合计210.50不等于各项之和200.50' },
    });
    expect(run.timings).toEqual(info.timings);
    expect(run.startedAt).toBe(info.startedAt);
    expect(run.notes[0].zh).toContain('市教育工会');
  });

  test('the same report and info give the same bytes', () => {
    expect(buildRunJson(sampleMergeReport(), standardSpec, info)).toBe(buildRunJson(sampleMergeReport(), standardSpec, info));
  });
});
