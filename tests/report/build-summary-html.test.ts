import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryHtml } from '../../report/build-summary-html.js';
import { sampleMergeReport, withUnitName } from '../support/sample-merge-report.js';

describe('buildSummaryHtml', () => {
  const spec = standardSpec;

  test('a standalone UTF-8 page: title, one table per section, the status table; no script, no external resource', () => {
    const html = buildSummaryHtml(sampleMergeReport(), spec);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>示例市总工会2024年工会基本情况汇总</title>');
    // Three section tables and the 报送情况 table.
    expect(html.match(/<table /g)).toHaveLength(4);
    expect(html).toContain('一、组织建设');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toMatch(/border-collapse:collapse/);
  });

  test('figures formatted for the report, numbers right-aligned, 其中 rows indented', () => {
    const html = buildSummaryHtml(sampleMergeReport(), spec);
    const row = (label: string) => html.split('\n').find((l) => l.includes(`>${label}</td>`)) ?? '';
    const cells = (line: string) => [...line.matchAll(/<td style="([^"]*)">([^<]*)<\/td>/g)].map((m) => ({ style: m[1], text: m[2] }));
    const c01 = cells(row('帮扶资金合计'));
    expect(c01.map((c) => c.text)).toEqual(['帮扶资金合计', '万元', '1,234.56', '1,135.80', '98.76', '8.7']);
    expect(c01[2].style).toContain('text-align:right');
    expect(cells(row('集体协商建制率')).map((c) => c.text)).toEqual(['集体协商建制率', '%', '92.3%', '91.1%', '', '1.2']);
    expect(row('\u3000\u3000其中：工资专项集体合同份数')).not.toBe('');
    expect(html).toContain('全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点；');
  });

  test('a submitted unit name with markup is escaped', () => {
    const name = '教育工会<script>alert("x")</script>&<img src=x onerror=1>';
    const html = buildSummaryHtml(withUnitName(sampleMergeReport(), '110301', name), spec);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('教育工会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;img src=x onerror=1&gt;');
  });

  test('file names and notes from the run are escaped too', () => {
    const report = sampleMergeReport();
    report.statuses[0].files = ['县区/<b>示例</b>.xlsx'];
    report.notes.push({ zh: '注意 <i>x</i>', en: 'note <i>x</i>' });
    const html = buildSummaryHtml(report, spec);
    expect(html).toContain('县区/&lt;b&gt;示例&lt;/b&gt;.xlsx');
    expect(html).toContain('<li>注意 &lt;i&gt;x&lt;/i&gt;</li>');
  });
});
