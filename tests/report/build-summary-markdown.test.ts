import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryMarkdown } from '../../report/build-summary-markdown.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

describe('buildSummaryMarkdown', () => {
  const spec = standardSpec;

  test('pipe tables per section with the report head and formatted figures', () => {
    const md = buildSummaryMarkdown(sampleMergeReport(), spec);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 示例市总工会2024年工会基本情况汇总');
    expect(lines.filter((l) => l === '| 指标 | 单位 | 本年 | 上年 | 增减 | 增减(%)/(百分点) |')).toHaveLength(3);
    expect(lines).toContain('| 帮扶资金合计 | 万元 | 1,234.56 | 1,135.80 | 98.76 | 8.7 |');
    expect(lines).toContain('| 建会率 | % | 92.5% | 93.5% |  | -1.0 |');
    expect(lines).toContain('| \u3000\u3000其中：新就业形态劳动者会员数 | 人 | 12,000 | 10,000 | 2,000 | 20.0 |');
    expect(lines).toContain('| 110103 | 河西区总工会 | 县区 | 未报 |  | 0 | 0 | 0 | 否 |');
  });

  test('a | in a submitted name is escaped, so the row keeps its columns', () => {
    const md = buildSummaryMarkdown(withUnitName(sampleMergeReport(), '110301', '教育|工会'), spec);
    const row = md.split('\n').find((l) => l.startsWith('| 110301 |'))!;
    expect(row).toContain('教育\\|工会');
    // Unescaped pipes only: the 9 columns' borders.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(9);
  });

  test('markup in a submitted name is escaped', () => {
    const md = buildSummaryMarkdown(withUnitName(sampleMergeReport(), '110301', '<script>alert(1)</script>'), spec);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
