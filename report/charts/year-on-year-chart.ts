import { formatGrowth, GROWTH_DECIMALS } from '../../core/consolidate/format-figure.js';
import { roundHalfAwayFromZero } from '../../core/consolidate/decimal-rounding.js';
import type { Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import type { Indicator } from '../../core/spec/template-spec.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { BAR, BAR_NEGATIVE, BASE_OPTION, CHART_WIDTH, GRID_LINE, INK, STILL } from './chart-style.js';

const ROW = 30;
const FRAME = 60;

/**
 * The headline figures: top-level counts and amounts the spec's report
 * sentences require, in spec order (the figures a report quotes first).
 */
export function headlineIndicators(figures: ReportFigures): Indicator[] {
  const required = new Set(figures.spec.sentences.flatMap((s) => s.requires));
  return figures.spec.indicators.filter((i) => required.has(i.code) && !i.parent && (i.kind === 'count' || i.kind === 'amount'));
}

/**
 * 同比 of the headline figures: one horizontal bar per figure with a growth
 * rate, labelled in words (增长7.1% / 下降3.2%); a fall is drawn light with a
 * dark outline so it reads apart in grey. Undefined when no headline figure has
 * a growth rate (no 上年, or 上年 0).
 */
export function yearOnYearChart(figures: ReportFigures, lang: Locale = 'zh'): ChartDefinition | undefined {
  const rows = headlineIndicators(figures)
    .map((ind) => ({ ind, figure: figures.summary.total.figures[ind.code] }))
    .filter((r) => r.figure && r.figure.growthPercent !== null)
    // The bar's length is the growth as the label rounds it, so the two agree.
    .map((r) => ({ ...r, value: roundHalfAwayFromZero(r.figure.growthPercent as number, GROWTH_DECIMALS) }));
  if (rows.length === 0) return undefined;
  return {
    id: 'year-on-year',
    names: [reportLabels.yearOnYear.zh, '同比', reportLabels.yearOnYear.en],
    title: reportLabels.yearOnYear[lang],
    width: CHART_WIDTH,
    height: FRAME + ROW * rows.length,
    option: {
      ...BASE_OPTION,
      grid: { left: 8, right: 90, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', axisLabel: { color: INK, formatter: '{value}%' }, splitLine: { lineStyle: { color: GRID_LINE } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.ind.name[lang]),
        axisTick: { show: false },
        // Names at the left edge, not at the zero line, so a fall does not run over them.
        axisLine: { onZero: false },
        axisLabel: { color: INK },
      },
      series: [
        {
          type: 'bar',
          ...STILL,
          barCategoryGap: '40%',
          data: rows.map((r) => ({
            value: r.value,
            itemStyle: r.value < 0 ? { color: BAR_NEGATIVE, borderColor: INK, borderWidth: 1 } : { color: BAR },
            label: { position: r.value < 0 ? 'left' : 'right' },
          })),
          label: { show: true, color: INK, formatter: (p: { dataIndex: number }) => formatGrowth(rows[p.dataIndex].figure, lang) },
          markLine: { symbol: 'none', silent: true, label: { show: false }, lineStyle: { color: INK, type: 'solid', width: 1 }, data: [{ xAxis: 0 }] },
        },
      ],
    },
  };
}
