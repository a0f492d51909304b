import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { BuildExtractedInput, CellInput } from '../../support/build-extracted.js';
import { buildValid, cellOf } from '../../support/build-extracted.js';

type Cells = Record<string, CellInput>;
const yoy = (current: Cells, prior: Cells, extra: Omit<BuildExtractedInput, 'current' | 'prior'> = {}) =>
  check(standardSpec, buildValid({ ...extra, current, prior })).issues.filter((i) => i.ruleId === 'yoy-threshold');

describe('historical', () => {
  it('passes the valid submission (moves under 30% and 10 百分点)', () => {
    expect(yoy({}, {})).toEqual([]);
  });

  it('flags a count that moves more than 30%, as an open soft issue asking for a 说明', () => {
    const [issue, ...rest] = yoy({ A09: 63 }, { A09: 48 });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'historical.percent',
      severity: 'soft',
      status: 'open',
      indicator: 'A09',
      column: 'current',
      cell: cellOf('A09', 'current'),
      related: [cellOf('A09', 'prior')],
      values: { current: 63, prior: 48, changePercent: 31.25, threshold: 30 },
    });
    expect(issue.message.zh).toBe('当年新建基层工会数（A09）本年 63，上年 48，同比增长 31.25%，超过 30% 的提示幅度。');
    expect(issue.hint.zh).toContain('请在“说明”栏写明原因');
  });

  it('flags a fall as well as a rise, and stops at exactly the threshold', () => {
    expect(yoy({ C08: 1600 }, { C08: 2380 })[0].values).toMatchObject({ changePercent: expect.closeTo(-32.77, 2), direction: '下降' });
    expect(yoy({ A09: 65 }, { A09: 50 })).toEqual([]);
    expect(yoy({ A09: 35 }, { A09: 50 })).toEqual([]);
  });

  it('is explained when the row has a 说明', () => {
    const result = check(standardSpec, buildValid({ current: { A09: 100 }, notes: { A09: '新建企业较多' } }));
    const [issue] = result.issues.filter((i) => i.ruleId === 'yoy-threshold');
    expect(issue).toMatchObject({ status: 'explained', explanation: '新建企业较多' });
    expect(result.counts).toEqual({ hard: 0, soft: 0, explained: 1 });
  });

  it('skips growth from a 上年 of 0, and unknown values', () => {
    expect(yoy({ A09: 56 }, { A09: 0 })).toEqual([]);
    expect(yoy({ A09: 56 }, { A09: '无' })).toEqual([]);
    expect(yoy({ A09: 56 }, { A09: null })).toEqual([]);
    expect(yoy({ A09: null }, { A09: 10 })).toEqual([]);
  });

  it('measures amounts by percent too', () => {
    const parts = { C01: 2000, C02: 1377.74, C03: 208.75, C04: 301.41, C05: 112.1 };
    const issues = yoy(parts, {});
    expect(issues.map((i) => i.indicator)).toEqual(['C01', 'C02']);
  });

  it('measures rates in 百分点, recomputed from their parts when the parts are known', () => {
    // 850 / 1180 × 100 = 72.03 last year against 86.4 this year: 14.37 points, though the typed 上年 says 84.7.
    const [issue, ...rest] = yoy({}, { A02: 850, B01: 800, B08: 800, B10: 800 });
    expect(rest.map((i) => i.indicator)).not.toContain('A03');
    expect(issue).toMatchObject({
      code: 'historical.points',
      indicator: 'A03',
      values: { current: 86.4, prior: 72, changePoints: 14.37, threshold: 10, direction: '提高' },
    });
    expect(issue.message.zh).toBe('建会率（A03）本年 86.4%，上年 72%，提高 14.37 个百分点，超过 10 个百分点的提示幅度。');
  });

  it('ignores a mistyped rate when the parts are known (derived-consistency speaks for it)', () => {
    expect(yoy({ A03: 99 }, {})).toEqual([]);
  });

  it('falls back to the typed rate when its parts are unknown', () => {
    expect(yoy({}, { A01: null, A03: 80 })).toEqual([]);
    const [issue] = yoy({}, { A01: null, A03: 70 });
    expect(issue).toMatchObject({ indicator: 'A03', values: { current: 86.4, prior: 70, changePoints: 16.4 } });
  });

  it('skips a rate whose denominator is 0', () => {
    expect(yoy({}, { B01: 0, B02: 0, B03: null })).toEqual([]);
  });

  it('uses the thresholds of the spec', () => {
    expect(yoy({ A09: 62 }, { A09: 48 })).toEqual([]); // 29.2%
    const strict = {
      ...standardSpec,
      rules: standardSpec.rules.map((r) => (r.kind === 'historical' ? { ...r, maxChangePercent: 25 } : r)),
    };
    const issues = check(strict, buildValid({ current: { A09: 62 }, prior: { A09: 48 } })).issues.filter((i) => i.code === 'historical.percent');
    expect(issues.map((i) => [i.indicator, i.values.threshold])).toEqual([['A09', 25]]);
  });
});
