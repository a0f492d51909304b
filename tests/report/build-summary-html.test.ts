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
    expect(c01.map((c) => c.text)).toEqual(['帮扶资金合计', '万元', '1,234.56', '1,135.80', '98.76', '增长8.7%']);
    expect(c01[2].style).toContain('text-align:right');
    expect(cells(row('集体协商建制率')).map((c) => c.text)).toEqual(['集体协商建制率', '%', '92.3%', '91.1%', '1.2', '提高1.2个百分点']);
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

  test('holds only what goes into a report: no file names, statuses or notes of the run', () => {
    const report = sampleMergeReport();
    report.statuses[0].files = ['县区/<b>示例</b>.xlsx'];
    report.notes.push({ zh: '注意 <i>x</i>', en: 'note <i>x</i>' });
    const html = buildSummaryHtml(report, spec);
    for (const process of ['示例</b>', '示例&lt;/b&gt;', '注意', '报送情况', '河西区总工会', report.notes[0].zh]) expect(html).not.toContain(process);
  });

  test('the table by unit: units under their kind, subtotals and the total bold', () => {
    const html = buildSummaryHtml(sampleMergeReport(), spec);
    expect(html).toContain('四、分单位主要指标');
    const rows = [...html.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td style="([^"]*)">([^<]*)<\/td>/g)]);
    const byUnit = rows.filter((r) => r.length === 7);
    expect(byUnit.map((r) => r[0][2])).toEqual(['示例区总工会', '河东区总工会', '县区小计', '市教育工会', '产业小计', '全市合计']);
    expect(byUnit.map((r) => r[0][1].includes('font-weight:bold'))).toEqual([false, false, true, false, true, true]);
  });
});
