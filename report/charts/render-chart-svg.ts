import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { dropXmlForbidden, escapeXmlText } from '../xml-escape.js';
import type { ChartDefinition } from './chart-definition.js';
import { estimateTextWidth } from './estimate-text-width.js';

// Only what the report's charts use: the page's bundle stays small.
echarts.use([BarChart, PieChart, GridComponent, MarkLineComponent, SVGRenderer]);
// The same text widths everywhere: a browser would measure with its fonts and lay the chart out unlike the CLI.
echarts.setPlatformAPI({ measureText: (text, font) => estimateTextWidth(text, font) as TextMetrics });

/**
 * A chart as a standalone SVG document, drawn by ECharts' server-side SVG
 * renderer: no DOM, no script, no animation, so it works the same in Node and
 * in a browser and prints as drawn; no style block either. The root carries role="img" and the chart's
 * title for screen readers. Characters XML forbids (from a unit's name) are dropped.
 * @example renderChartSvg(rateByUnitChart(figures, 'A03')!).startsWith('<svg') // true
 */
export function renderChartSvg(chart: ChartDefinition): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption(chart.option);
    const svg = dropXmlForbidden(instance.renderToSVGString())
      // zrender's SSR writes :hover rules (and the classes they select) for pointer states; a report has no pointer.
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '');
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeXmlText(chart.title)}" `);
  } finally {
    instance.dispose();
  }
}
