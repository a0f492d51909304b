import { standardSpec } from '../../../core/templates/index.js';
import { countStatuses } from '../../../report/figures/count-statuses.js';
import { buildFiguresJson, parseFiguresJson } from '../../../report/figures/figures-json.js';
import { figuresOfMerge } from '../../../report/figures/figures-of-merge.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';

describe('figures.json', () => {
  test('reads back as the spec, summary and status counts it was built from', () => {
    const figures = figuresOfMerge(sampleMergeReport(), standardSpec);
    const parsed = parseFiguresJson(buildFiguresJson(figures));
    expect(parsed).toEqual({ success: true, figures: JSON.parse(JSON.stringify(figures)) });
  });

  test('counts units by status in the merge order, labelled from the given labels', () => {
    const labels = { reported: { zh: '已报', en: 'Reported' }, missing: { zh: '未报', en: 'Missing' } };
    expect(countStatuses([{ status: 'reported' }, { status: 'missing' }, { status: 'reported' }], labels)).toEqual([
      { status: 'reported', label: labels.reported, units: 2 },
      { status: 'missing', label: labels.missing, units: 1 },
    ]);
  });

  test('refuses what the merge did not write, naming where it fails', () => {
    const text = buildFiguresJson(figuresOfMerge(sampleMergeReport(), standardSpec));
    const edit = (change: (json: Record<string, any>) => void) => {
      const json = JSON.parse(text);
      change(json);
      return JSON.stringify(json);
    };
    const path = (t: string) => {
      const r = parseFiguresJson(t, 'out/figures.json');
      if (r.success) throw new Error('accepted');
      expect(r.issue.message.zh).toContain('汇总数据文件 out/figures.json 无法读取');
      return r.issue.values.path;
    };
    expect(path('{"format":')).toBe('(JSON)');
    expect(path(edit((j) => (j.format = 'other')))).toBe('format');
    expect(path(edit((j) => (j.version = 2)))).toBe('version');
    expect(path(edit((j) => (j.summary.byUnit[0].figures.A03.current = '92%')))).toBe('summary.byUnit[0].figures.A03.current');
    expect(path(edit((j) => (j.spec.indicators[0].kind = 'percent')))).toMatch(/^spec\.indicators\[0\]\.kind/);
    expect(parseFiguresJson(`\uFEFF${text}`).success).toBe(true);
  });
});
