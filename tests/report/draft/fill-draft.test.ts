import PizZip from 'pizzip';
import { formatChange, formatGrowth, formatNumber, formatValue } from '../../../core/consolidate/format-figure.js';
import { indicatorOf } from '../../../core/spec/spec-lookup.js';
import { standardSpec } from '../../../core/templates/index.js';
import { sharpRasteriser } from '../../../pipeline/io/sharp-rasteriser.js';
import { availableCharts } from '../../../report/charts/report-charts.js';
import { fillDraft, type FillDraftResult } from '../../../report/draft/fill-draft.js';
import { figuresOfMerge } from '../../../report/figures/figures-of-merge.js';
import type { ReportFigures } from '../../../report/figures/report-figures.js';
import { buildSampleDraft } from '../../../samples/make-draft.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';
import { draftOf, paragraphTexts, part } from './draft-docx.js';

const figures = (): ReportFigures => figuresOfMerge(sampleMergeReport(), standardSpec);
const rasterise = sharpRasteriser;
const fill = (draft: Uint8Array, f: ReportFigures = figures()) => fillDraft(draft, f, { rasterise, file: '报告草稿.docx' });

function filled(result: FillDraftResult): Uint8Array {
  if (!result.success) throw new Error(result.issues.map((i) => i.message.zh).join('\n'));
  return result.bytes;
}

const ind = (code: string) => indicatorOf(standardSpec, code);

describe('inline placeholders', () => {
  test('each becomes the federation figure in the display conventions, by name or by code', async () => {
    const f = figures();
    const t = f.summary.total.figures;
    const draft = await draftOf([
      '{年度}年{范围}建会率为{建会率}（{A03}），上年{建会率.上年}，{建会率.变化}；',
      '帮扶资金{帮扶资金合计}万元，同比{帮扶资金合计.同比}，{帮扶资金合计.变化}；会员{工会会员数.万}人；慰问{帮扶慰问职工人次.万}人次；{B03.同比}。',
      '{单位名称}{统计期}，上年度{上年度}。',
    ]);
    const texts = paragraphTexts(part(filled(await fill(draft)), 'word/document.xml')!);
    const a03 = ind('A03');
    expect(texts[0]).toBe(
      `2024年全市建会率为${formatValue(a03, t.A03.current)}（${formatValue(a03, t.A03.current)}），上年${formatValue(a03, t.A03.prior)}，${formatChange(a03, t.A03)}；`,
    );
    expect(texts[0]).toMatch(/(提高|下降)\d+\.\d个百分点|持平/);
    const c01 = t.C01;
    expect(texts[1]).toBe(
      `帮扶资金${formatValue(ind('C01'), c01.current)}万元，同比${formatGrowth(c01)}，${c01.change! > 0 ? '增加' : '减少'}${formatNumber(Math.abs(c01.change!), 2)}万元；` +
        `会员${formatNumber(t.A05.current! / 10000, 2)}万人；慰问${formatNumber(t.C07.current! / 10000, 1)}万人次；${formatChange(ind('B03'), t.B03)}。`,
    );
    expect(texts[1]).toMatch(/同比(增长|下降)\d+\.\d%/);
    expect(texts[2]).toBe('示例市总工会年报，上年度2023。');
  });

  test('a placeholder Word split across runs is filled the same, in the run that held its start, keeping its formatting', async () => {
    const f = figures();
    const plain = filled(await fill(await buildSampleDraft(), f));
    const split = filled(await fill(await buildSampleDraft({ splitRuns: true }), f));
    const plainText = paragraphTexts(part(plain, 'word/document.xml')!);
    expect(paragraphTexts(part(split, 'word/document.xml')!)).toEqual(plainText);
    expect(plainText.join('\n')).not.toMatch(/[{}]/);
    // The draft's placeholders are bold: the run that now holds 建会率's figure is bold.
    const rate = formatValue(ind('A03'), f.summary.total.figures.A03.current);
    const run = part(split, 'word/document.xml')!.match(new RegExp(`<w:r>(?:(?!<w:r>).)*?<w:t[^>]*>${rate.replace('.', '\\.')}</w:t>`))?.[0];
    expect(run).toContain('<w:b/>');
  });

  test('a figure the merge does not have is filled as — and said, the report still written', async () => {
    const f = figures();
    f.summary.total.figures.C01.growthPercent = null;
    const result = await fill(await draftOf(['同比{帮扶资金合计.同比}。']), f);
    expect(paragraphTexts(part(filled(result), 'word/document.xml')!)).toEqual(['同比—。']);
    expect(result.issues.map((i) => [i.code, i.severity, i.message.zh])).toEqual([
      ['draft.empty-figure', 'soft', '占位符 {帮扶资金合计.同比} 没有数据，已填为“—”。'],
    ]);
  });
});

describe('refused drafts: nothing is produced', () => {
  test('an unknown placeholder, with the closest names', async () => {
    const result = await fill(await draftOf(['建会率{建会律}，资金{帮扶资金合计.同期}。', '{表:组织}', '{图:建会率}']));
    expect(result.success).toBe(false);
    expect('bytes' in result).toBe(false);
    const issues = result.issues.map((i) => ({ code: i.code, placeholder: i.values.placeholder, suggestions: String(i.values.suggestions).split('、') }));
    expect(issues.map((i) => i.placeholder)).toEqual(['{建会律}', '{帮扶资金合计.同期}', '{表:组织}']);
    expect(issues.every((i) => i.code === 'draft.unknown-placeholder')).toBe(true);
    expect(issues[0].suggestions[0]).toBe('{建会率}');
    expect(issues[1].suggestions[0]).toBe('{帮扶资金合计.同比}');
    expect(issues[2].suggestions[0]).toBe('{表:组织建设}');
    expect(result.issues[0].message.zh).toBe('报告草稿中的占位符 {建会律} 无法识别。');
    expect(result.issues[0].hint.zh).toMatch(/^相近的名称：\{建会率\}、/);
  });

  test('a table or chart placeholder sharing its paragraph with text', async () => {
    const result = await fill(await draftOf(['见下表：{表:组织建设}']));
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => [i.code, i.values.placeholder])).toEqual([['draft.block-not-alone', '{表:组织建设}']]);
  });

  test('an unclosed brace, a loop or condition, a file that is not a .docx', async () => {
    const unclosed = await fill(await draftOf(['建会率为{建会率，比上年提高。']));
    expect(unclosed.issues.map((i) => i.code)).toEqual(['draft.unclosed-tag']);
    const loop = await fill(await draftOf(['{#建会率}有{/建会率}']));
    expect(loop.success).toBe(false);
    expect(loop.issues.map((i) => i.code)).toContain('draft.syntax');
    const notDocx = await fill(new TextEncoder().encode('单位,人数\n甲,1\n'));
    expect(notDocx.issues.map((i) => [i.code, i.message.zh])).toEqual([['draft.not-docx', '报告草稿.docx 不是可读取的 Word 文档（.docx）。']]);
  });
});

describe('tables and charts', () => {
  test('{表:…} become tables in place of their paragraph: a section of the total, and the table by unit', async () => {
    const f = figures();
    const xml = part(filled(await fill(await draftOf(['前文', '{表:组织建设}', '{表：分单位}', '后文']), f)), 'word/document.xml')!;
    const body = xml.slice(xml.indexOf('<w:body>'));
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    const texts = paragraphTexts(xml);
    expect(texts[0]).toBe('前文');
    expect(texts[texts.length - 1]).toBe('后文');
    expect(texts).not.toContain('{表:组织建设}');
    const sectionA = standardSpec.indicators.filter((i) => i.section === 'A' && !i.parent);
    expect(texts).toEqual(expect.arrayContaining(['指标', '单位', '本年', '上年', ...sectionA.map((i) => i.name.zh)]));
    // By unit: 县区 units then their subtotal, 产业 then theirs, the total last, with recomputed rates.
    const tail = texts.slice(texts.indexOf('帮扶资金合计（万元）') + 1, -1);
    const rows: string[][] = [];
    for (let i = 0; i < tail.length; i += 5) rows.push(tail.slice(i, i + 5));
    expect(rows.map((r) => r[0])).toEqual(['示例区总工会', '河东区总工会', '县区小计', '市教育工会', '产业小计', '合计']);
    expect(rows[5]).toEqual([
      '合计',
      formatValue(ind('A03'), f.summary.total.figures.A03.current),
      formatValue(ind('A05'), f.summary.total.figures.A05.current),
      formatValue(ind('B03'), f.summary.total.figures.B03.current),
      formatValue(ind('C01'), f.summary.total.figures.C01.current),
    ]);
  });

  test('{图:…} become pictures (PNG with the SVG beside it) captioned 图1, 图2… in order, each a part of the package', async () => {
    const f = figures();
    const bytes = filled(await fill(await draftOf(['{图:建会率}', '正文', '{图:帮扶资金}', '{图:建会率}']), f));
    const zip = new PizZip(bytes);
    const xml = zip.file('word/document.xml')!.asText();
    const texts = paragraphTexts(xml).filter((t) => t);
    expect(texts).toEqual(['图1 各单位建会率', '正文', '图2 帮扶资金构成', '图3 各单位建会率']);
    const blips = [...xml.matchAll(/<a:blip [^>]*r:embed="([^"]+)"[\s\S]*?<asvg:svgBlip [^>]*r:embed="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(blips).toHaveLength(3);
    expect(blips[2]).toEqual(blips[0]); // the same chart twice: one pair of parts
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    for (const [png, svg] of blips) {
      const target = (id: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      expect(target(png)).toMatch(/^media\/unionstat-chart\d+\.png$/);
      expect(target(svg)).toMatch(/^media\/unionstat-chart\d+\.svg$/);
      expect(zip.file(`word/${target(png)}`)!.asUint8Array().subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
      expect(zip.file(`word/${target(svg)}`)!.asText()).toMatch(/^<svg role="img"/);
    }
    const types = zip.file('[Content_Types].xml')!.asText();
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(types).toContain('<Default Extension="svg" ContentType="image/svg+xml"/>');
    // The SVG is the chart's, with the units' names as text.
    const svgPath = `word/${rels.match(/Target="(media\/unionstat-chart\d+\.svg)"/)![1]}`;
    for (const u of f.summary.byUnit) expect(zip.file(svgPath)!.asText()).toContain(`>${u.label}</text>`);
    // No wider than the draft's text.
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...extents)).toBeLessThanOrEqual((11906 - 2 * 1440) * 635);
    expect(availableCharts(f).length).toBeGreaterThan(3);
  });
});

describe("the draft's own formatting", () => {
  test('styles, settings, fonts, numbering and headers are kept byte for byte; every paragraph and run keeps its properties', async () => {
    const draft = await buildSampleDraft({ splitRuns: true });
    const report = filled(await fill(draft));
    const before = new PizZip(draft);
    const after = new PizZip(report);
    for (const path of Object.keys(before.files).filter((p) => !before.files[p].dir && !/document\.xml(\.rels)?$|Content_Types/.test(p))) {
      expect([path, after.file(path)?.asText()]).toEqual([path, before.file(path)!.asText()]);
    }
    // document.xml apart from the filled parts: the paragraphs that held no table or chart placeholder keep their
    // paragraph and run properties in order, and the section properties are the same.
    const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
    const keep = (xml: string) =>
      paragraphs(xml)
        .filter((p) => !/[表图][:：]|<w:drawing>|^<w:pPr><w:spacing w:before="60" w:after="120"/.test(p) && !p.includes('<w:tbl>'))
        .map((p) => [p.match(/<w:pPr>[\s\S]*?<\/w:pPr>/)?.[0] ?? '', ...[...p.matchAll(/<w:rPr>[\s\S]*?<\/w:rPr>/g)].map((m) => m[0])]);
    const beforeXml = before.file('word/document.xml')!.asText();
    const afterXml = after.file('word/document.xml')!.asText();
    const outsideTables = (xml: string) => xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    expect(keep(outsideTables(afterXml))).toEqual(keep(beforeXml));
    const sectPr = (xml: string) => xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0];
    expect(sectPr(afterXml)).toBe(sectPr(beforeXml));
    // The root element, with its namespaces, unchanged.
    expect(afterXml.slice(0, afterXml.indexOf('<w:body>'))).toBe(beforeXml.slice(0, beforeXml.indexOf('<w:body>')));
  });

  test('the draft bytes are not changed, and the same inputs give the same document', async () => {
    const draft = await buildSampleDraft();
    const copy = new Uint8Array(draft);
    const f = figures();
    const a = filled(await fill(draft, f));
    const b = filled(await fill(draft, f));
    expect(draft).toEqual(copy);
    expect(part(a, 'word/document.xml')).toBe(part(b, 'word/document.xml'));
  });
});
