import PizZip from 'pizzip';
import { standardSpec } from '../../../core/templates/index.js';
import { sharpRasteriser } from '../../../pipeline/io/sharp-rasteriser.js';
import { buildSummaryDocx } from '../../../report/build-summary-docx.js';
import { buildSummaryHtml } from '../../../report/build-summary-html.js';
import { summaryDocument } from '../../../report/summary-document.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';
import { paragraphTexts } from '../draft/draft-docx.js';

const CAPTIONS = ['图1 各单位建会率', '图2 各单位集体协商建制率', '图3 帮扶资金构成', '图4 主要指标同比增减'];

describe('charts in the summary documents', () => {
  test('placed after the table they illustrate, numbered in reading order', () => {
    const doc = summaryDocument(sampleMergeReport(), standardSpec);
    expect(doc.sections.map((s) => s.charts.map((c) => c.caption))).toEqual([[CAPTIONS[0]], [CAPTIONS[1]], [CAPTIONS[2]]]);
    expect(doc.sentenceCharts.map((c) => c.caption)).toEqual([CAPTIONS[3]]);
    expect(summaryDocument(sampleMergeReport(), standardSpec, 'en').sections[0].charts[0].caption).toBe('Figure 1. Union establishment rate by unit');
  });

  test('summary.html: inline SVG captioned below, after the section table, no script', () => {
    const html = buildSummaryHtml(sampleMergeReport(), standardSpec);
    const figures = [...html.matchAll(/<figure [^>]*>\n(<svg [\s\S]*?<\/svg>)\n<figcaption [^>]*>([^<]*)<\/figcaption>\n<\/figure>/g)];
    expect(figures.map((f) => f[2])).toEqual(CAPTIONS);
    for (const f of figures) expect(f[1]).toMatch(/^<svg style="max-width:100%;height:auto" role="img" aria-label="/);
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    const at = (text: string) => html.indexOf(text);
    expect(at('一、组织建设')).toBeLessThan(at(CAPTIONS[0]));
    expect(at(CAPTIONS[0])).toBeLessThan(at('二、集体协商与民主管理'));
    expect(at('三、帮扶工作')).toBeLessThan(at(CAPTIONS[2]));
    expect(at('主要数据')).toBeLessThan(at(CAPTIONS[3]));
    expect(html).not.toContain('报送情况');
  });

  test('summary.docx: each chart an SVG picture with its PNG, captioned below; none without a rasteriser', async () => {
    const report = sampleMergeReport();
    const zip = new PizZip(await buildSummaryDocx(report, standardSpec, 'zh', { rasterise: sharpRasteriser }));
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml.match(/<w:drawing>/g)).toHaveLength(4);
    expect(xml.match(/<asvg:svgBlip /g)).toHaveLength(4);
    const texts = paragraphTexts(xml);
    for (const caption of CAPTIONS) expect(texts).toContain(caption);
    expect(texts.filter((t) => /^图\d /.test(t))).toEqual(CAPTIONS);
    const media = Object.keys(zip.files).filter((p) => p.startsWith('word/media/'));
    expect(media.filter((p) => p.endsWith('.png'))).toHaveLength(4);
    expect(media.filter((p) => p.endsWith('.svg'))).toHaveLength(4);
    // The pictures fit the text width (A4, 3.17 cm margins) and keep the charts' proportions.
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [cx] of extents) expect(cx).toBeLessThanOrEqual((11906 - 2 * 1800) * 635);

    const plain = new PizZip(await buildSummaryDocx(report, standardSpec, 'zh')).file('word/document.xml')!.asText();
    expect(plain).not.toContain('<w:drawing>');
    expect(paragraphTexts(plain).filter((t) => /^图\d /.test(t))).toEqual([]);
  });
});
