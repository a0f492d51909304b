import { SaxesParser } from 'saxes';
import { formatGrowth, formatValue } from '../../../core/consolidate/format-figure.js';
import { indicatorOf } from '../../../core/spec/spec-lookup.js';
import { standardSpec } from '../../../core/templates/index.js';
import { chartPicture } from '../../../report/charts/chart-picture.js';
import { BAR, BAR_NEGATIVE, SLICES } from '../../../report/charts/chart-style.js';
import { partsChart } from '../../../report/charts/parts-chart.js';
import { axisMin, MAX_BARS, rateByUnitChart } from '../../../report/charts/rate-by-unit-chart.js';
import { renderChartSvg } from '../../../report/charts/render-chart-svg.js';
import { availableCharts, summaryCharts } from '../../../report/charts/report-charts.js';
import { submissionsChart } from '../../../report/charts/submissions-chart.js';
import { headlineIndicators, yearOnYearChart } from '../../../report/charts/year-on-year-chart.js';
import { figuresOfMerge } from '../../../report/figures/figures-of-merge.js';
import type { ReportFigures } from '../../../report/figures/report-figures.js';
import { sharpRasteriser } from '../../../pipeline/io/sharp-rasteriser.js';
import { sampleMergeReport, withUnitName } from '../../support/sample-merge-report.js';

const figures = (): ReportFigures => figuresOfMerge(sampleMergeReport(), standardSpec);

/** The text of every <text> element, in document order; fails the test when the SVG is not well-formed XML. */
function svgTexts(svg: string): string[] {
  const texts: string[] = [];
  let inText = false;
  const parser = new SaxesParser();
  parser.on('opentag', (t) => {
    if (t.name === 'text') {
      inText = true;
      texts.push('');
    }
  });
  parser.on('text', (t) => {
    if (inText) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (t) => {
    if (t.name === 'text') inText = false;
  });
  parser.write(svg).close();
  return texts;
}

/** Relative luminance (sRGB), 0 black to 1 white: what a grey printout keeps of a colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('rates by unit', () => {
  test('one bar per unit with a value, highest first, each labelled as the tables show it, the federation rate as a reference line', () => {
    const f = figures();
    const chart = rateByUnitChart(f, 'A03')!;
    const a03 = indicatorOf(standardSpec, 'A03');
    const expected = [...f.summary.byUnit].sort((a, b) => b.figures.A03.current! - a.figures.A03.current!);
    expect(chart.title).toBe('各单位建会率');
    expect(chart.names).toEqual(['建会率', 'A03']);
    const texts = svgTexts(renderChartSvg(chart));
    const names = texts.filter((t) => expected.some((g) => g.label === t));
    expect(names).toEqual(expected.map((g) => g.label));
    for (const g of expected) expect(texts).toContain(formatValue(a03, g.figures.A03.current));
    expect(texts).toContain(`全市 ${formatValue(a03, f.summary.total.figures.A03.current)}`);
  });

  test('a unit without the rate is left out; no rate at all, or a code that is not a rate, gives no chart', () => {
    const f = figures();
    f.summary.byUnit[0].figures.A03.current = null;
    const texts = svgTexts(renderChartSvg(rateByUnitChart(f, 'A03')!));
    expect(texts).not.toContain(f.summary.byUnit[0].label);
    expect(texts).toContain(f.summary.byUnit[1].label);
    for (const u of f.summary.byUnit) u.figures.A03.current = null;
    expect(rateByUnitChart(f, 'A03')).toBeUndefined();
    expect(rateByUnitChart(figures(), 'A01')).toBeUndefined();
  });

  test('above MAX_BARS units (a province, the nation) the chart shows the 类别 subtotals instead, and none when those are too many', () => {
    const f = figures();
    const unit = f.summary.byUnit[0];
    f.summary.byUnit = Array.from({ length: MAX_BARS + 1 }, (_, i) => ({ ...unit, key: `u${i}`, label: `单位${i}` }));
    const chart = rateByUnitChart(f, 'A03')!;
    expect(chart.title).toBe('各类别建会率');
    const texts = svgTexts(renderChartSvg(chart));
    expect(texts.filter((t) => f.summary.byKind.some((g) => g.label === t)).sort()).toEqual(f.summary.byKind.map((g) => g.label).sort());
    expect(texts.some((t) => t.startsWith('单位'))).toBe(false);
    f.summary.byKind = Array.from({ length: MAX_BARS + 1 }, (_, i) => ({ ...f.summary.byKind[0], key: `k${i}`, label: `类别${i}` }));
    expect(rateByUnitChart(f, 'A03')).toBeUndefined();
  });

  test('the axis starts at a round number at least 5 points below the lowest rate or the federation rate, never below 0', () => {
    expect(axisMin(87, 91.8)).toBe(80);
    expect(axisMin(95, 90.2)).toBe(80);
    expect(axisMin(85, null)).toBe(80);
    expect(axisMin(3, 10)).toBe(0);
  });
});

describe('同比 of the headline figures', () => {
  test('the headline figures are the top-level counts and amounts the report sentences require', () => {
    const codes = headlineIndicators(figures()).map((i) => i.code);
    expect(codes).toContain('A05');
    expect(codes).toContain('C01');
    expect(codes).not.toContain('A03'); // a rate
    expect(codes).not.toContain('C06'); // a part (其中)
  });

  test('each is labelled with its growth in words; a fall is drawn light with an outline', () => {
    const f = figures();
    f.summary.total.figures.A05.growthPercent = -3.25;
    const chart = yearOnYearChart(f)!;
    const texts = svgTexts(renderChartSvg(chart));
    for (const ind of headlineIndicators(f)) {
      const figure = f.summary.total.figures[ind.code];
      if (figure.growthPercent === null) continue;
      expect(texts).toContain(ind.name.zh);
      expect(texts).toContain(formatGrowth(figure));
    }
    expect(texts).toContain('下降3.3%');
    const data = (chart.option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0].data;
    const fall = data.find((d) => d.value === -3.3)!;
    expect(fall.itemStyle.color).toBe(BAR_NEGATIVE);
  });
});

describe('the amount by part and the submissions', () => {
  test('帮扶资金构成: one slice per part with money, labelled with name, amount and share', () => {
    const f = figures();
    const chart = partsChart(f)!;
    expect(chart.title).toBe('帮扶资金构成');
    const parts = ['C02', 'C03', 'C04', 'C05'].map((c) => ({ ind: indicatorOf(standardSpec, c), value: f.summary.total.figures[c].current! }));
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const texts = svgTexts(renderChartSvg(chart)).join('\n');
    for (const p of parts) {
      expect(texts).toContain(p.ind.name.zh);
      expect(texts).toContain(`${formatValue(p.ind, p.value)}万元`);
      expect(texts).toContain(`${((p.value / sum) * 100).toFixed(1)}%`);
    }
  });

  test('units by status, with the count of each', () => {
    const f = figures();
    const texts = svgTexts(renderChartSvg(submissionsChart(f)!));
    for (const s of f.statuses) {
      expect(texts).toContain(s.label.zh);
      expect(texts).toContain(`${s.units}个`);
    }
  });

  test('the summary charts the two rates, 同比 and the funds; a draft can also name every rate and the submissions', () => {
    expect(summaryCharts(figures()).map((c) => c.id)).toEqual(['rate-A03', 'rate-B03', 'year-on-year', 'parts-C01']);
    const ids = availableCharts(figures()).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['rate-A06', 'rate-B09', 'rate-B11', 'submissions']));
  });
});

describe('the SVG', () => {
  const hostile = '<script>alert(1)</script>&"\u0001区';

  test('is a standalone image: well-formed, no script, no event handler, no external reference, a title for readers', () => {
    const f = figuresOfMerge(withUnitName(sampleMergeReport(), '110101', hostile), standardSpec);
    for (const chart of availableCharts(f)) {
      const svg = renderChartSvg(chart);
      expect(svg.startsWith('<svg role="img" aria-label="')).toBe(true);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|<foreignObject|href="http|@import|<style/i);
      svgTexts(svg); // throws when not well-formed
    }
    // The hostile name is text, without the control character XML forbids.
    expect(svgTexts(renderChartSvg(rateByUnitChart(f, 'A03')!))).toContain('<script>alert(1)</script>&"区');
  });

  test('names Chinese system fonts first and draws every text in black', () => {
    const svg = renderChartSvg(rateByUnitChart(figures(), 'A03')!);
    expect(svg).toContain("font-family:'Microsoft YaHei', 'PingFang SC', 'SimHei', 'Noto Sans CJK SC'");
    const fills = [...svg.matchAll(/<text[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills.length).toBeGreaterThan(10);
    expect(new Set(fills)).toEqual(new Set(['#000000']));
  });

  test('the colours read apart in grey: each slice differs in lightness from the next, a fall from a rise', () => {
    for (let i = 1; i < 4; i++) expect(luminance(SLICES[i]) - luminance(SLICES[i - 1])).toBeGreaterThan(0.1);
    expect(luminance(BAR_NEGATIVE) - luminance(BAR)).toBeGreaterThan(0.4);
  });
});

describe('the PNG fallback', () => {
  test('sharp draws each chart as a PNG at twice its size', async () => {
    const chart = rateByUnitChart(figures(), 'A03')!;
    const picture = await chartPicture(chart, sharpRasteriser);
    const png = Buffer.from(picture.png);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(chart.width * 2);
    expect(png.readUInt32BE(20)).toBe(chart.height * 2);
  });
});
