import { strFromU8, unzipSync } from 'fflate';
import { standardSpec } from '../../../core/templates/index.js';
import { buildSummaryDocx } from '../../../pipeline/outputs/build-summary-docx.js';
import { sampleMergeReport, withUnitName } from '../../support/sample-merge-report.js';

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; files: Record<string, Uint8Array> }> {
  const files = unzipSync(bytes);
  return { xml: strFromU8(files['word/document.xml']), files };
}

/** The text of each table cell of the document, row by row, table by table. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    ),
  );
}

describe('buildSummaryDocx', () => {
  const spec = standardSpec;

  test('a valid docx with the title, one table per section and the 报送情况 table', async () => {
    const { xml, files } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(xml).toContain('示例市总工会2024年工会基本情况汇总');
    const t = tables(xml);
    expect(t).toHaveLength(4);
    expect(t[0][0]).toEqual(['指标', '单位', '本年', '上年', '增减', '增减(%)/(百分点)']);
    expect(t.slice(0, 3).map((x) => x.length - 1)).toEqual(['A', 'B', 'C'].map((s) => spec.indicators.filter((i) => i.section === s).length));
    expect(t[3][0][0]).toBe('单位代码');
    expect(t[3].map((r) => r[1])).toContain('河西区总工会');
  });

  test('figures formatted for the report: separators, 2-decimal 万元, 1-decimal rates; 其中 indented', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    const [a, b, c] = tables(xml);
    expect(c.find((r) => r[0] === '帮扶资金合计')).toEqual(['帮扶资金合计', '万元', '1,234.56', '1,135.80', '98.76', '8.7']);
    expect(b.find((r) => r[0] === '集体协商建制率')).toEqual(['集体协商建制率', '%', '92.3%', '91.1%', '', '1.2']);
    expect(a.find((r) => r[0] === '职工总数')).toEqual(['职工总数', '人', '250,000', '240,000', '10,000', '4.2']);
    expect(b.map((r) => r[0])).toContain('其中：工资专项集体合同份数');
    // The 其中 row's paragraph is indented; top-level rows are not.
    const partCell = xml.match(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*其中：工资专项集体合同份数[\s\S]*?<\/w:tc>/)![0];
    expect(partCell).toMatch(/<w:ind w:left="420"\/>/);
    expect(xml).toContain('全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点；');
    expect(xml).toContain('帮扶资金1,234.56万元，同比增长8.7%');
  });

  test('numbers right-aligned, borders on every cell, table width 100%', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    const row = xml.match(/<w:tr[ >](?:(?!<\/w:tr>)[\s\S])*1,234\.56[\s\S]*?<\/w:tr>/)![0];
    const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(6);
    for (const c of cells) expect(c).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*\/><w:left w:val="single"[^>]*\/><w:bottom w:val="single"[^>]*\/><w:right w:val="single"/);
    expect(cells.slice(2).every((c) => c.includes('<w:jc w:val="right"/>'))).toBe(true);
    const tblPr = [...xml.matchAll(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g)].map((m) => m[1]);
    expect(tblPr).toHaveLength(4);
    for (const p of tblPr) {
      expect(p).toMatch(/<w:tblW w:type="pct" w:w="(100%|5000)"\/>/);
      expect(p).toMatch(/<w:insideH w:val="single"/);
    }
  });

  test('Chinese fonts set for East Asian text: 宋体 in tables, 仿宋 by default', async () => {
    const { xml, files } = await documentXml(await buildSummaryDocx(sampleMergeReport(), spec));
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"\/>/);
    expect(strFromU8(files['word/styles.xml'])).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋"/);
  });

  test('text from submissions is XML-escaped, not markup', async () => {
    const { xml } = await documentXml(await buildSummaryDocx(withUnitName(sampleMergeReport(), '110102', '河东区<w:t>&"总工会"'), spec));
    expect(xml).toContain('河东区&lt;w:t&gt;&amp;&quot;总工会&quot;');
  });
});
