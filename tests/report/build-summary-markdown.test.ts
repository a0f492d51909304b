import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryMarkdown } from '../../report/build-summary-markdown.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

describe('buildSummaryMarkdown', () => {
  const spec = standardSpec;

  test('pipe tables per section with the report head and formatted figures', () => {
    const md = buildSummaryMarkdown(sampleMergeReport(), spec);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 示例市总工会2024年工会基本情况汇总');
    expect(lines.filter((l) => l === '| 指标 | 单位 | 本年 | 上年 | 增减 | 增减幅度 |')).toHaveLength(3);
    expect(lines).toContain('| 帮扶资金合计 | 万元 | 1,234.56 | 1,135.80 | 98.76 | 增长8.7% |');
    expect(lines).toContain('| 建会率 | % | 92.5% | 93.5% | -1.0 | 下降1.0个百分点 |');
    expect(lines).toContain('| \u3000\u3000其中：新就业形态劳动者会员数 | 人 | 12,000 | 10,000 | 2,000 | 增长20.0% |');
    // 县区: 1,490 / 1,600 建会, 185,000 / 200,000 会员, 970 / 1,050 协商 …, recomputed from the summed parts.
    expect(lines).toContain('| **县区小计** | **93.1%** | **92.5%** | **92.4%** | **91.9%** | **88.6%** | **987.65** |');
    // The report holds nothing of the process: no 报送情况, no unit that sent nothing.
    expect(md).not.toContain('报送情况');
    expect(md).not.toContain('河西区总工会');
  });

  test('a | in a submitted name is escaped, so the row keeps its columns', () => {
    const md = buildSummaryMarkdown(withUnitName(sampleMergeReport(), '110301', '教育|工会'), spec);
    const row = md.split('\n').find((l) => l.startsWith('| 教育'))!;
    expect(row).toContain('教育\\|工会');
    // Unescaped pipes only: the 7 columns' borders.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  test('markup in a submitted name is escaped', () => {
    const md = buildSummaryMarkdown(withUnitName(sampleMergeReport(), '110301', '<script>alert(1)</script>'), spec);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
