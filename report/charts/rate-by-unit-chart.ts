import { formatValue } from '../../core/consolidate/format-figure.js';
import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import { indicatorsByCode } from '../../core/spec/spec-lookup.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { BAR, BASE_OPTION, CHART_WIDTH, GRID_LINE, HALO, INK, STILL } from './chart-style.js';

/** Height per unit's bar, and what the axes and the reference line's label take. */
const ROW = 26;
const FRAME = 70;
/**
 * Most bars a chart shows: a city's units fit, a province's or the nation's do not (one
 * bar each would be a picture metres long). Above it the chart shows the 类别 subtotals.
 */
export const MAX_BARS = 40;

/**
 * Where the rate axis starts: the multiple of 10 at least 5 points below the
 * lowest rate shown (never below 0). Rates of units sit close together (87–95%):
 * from 0 the bars would differ by a few pixels. The axis labels show where it
 * starts, and each bar carries its rate as text.
 * @example axisMin(87, 91.8) // 80
 */
export function axisMin(lowest: number, total: number | null): number {
  const low = Math.min(lowest, total ?? lowest);
  return Math.max(0, Math.floor((low - 5) / 10) * 10);
}

/**
 * A rate by unit (各单位建会率): one horizontal bar per unit with a value, highest
 * first, each labelled with its rate as the tables show it; the federation's own
 * rate (recomputed from the summed parts) as a dashed reference line. Above
 * MAX_BARS units, the same by 类别 subtotal. Undefined when the code is not a
 * rate of the spec or no unit has a value.
 */
export function rateByUnitChart(figures: ReportFigures, code: string, lang: Locale = 'zh'): ChartDefinition | undefined {
  const ind = indicatorsByCode(figures.spec).get(code);
  if (!ind || ind.kind !== 'rate') return undefined;
  const byUnit = figures.summary.byUnit.length <= MAX_BARS;
  const groups = byUnit ? figures.summary.byUnit : figures.summary.byKind;
  if (groups.length > MAX_BARS) return undefined;
  const units = groups
    .map((g) => ({ label: g.label, value: g.figures[code]?.current ?? null }))
    .filter((u): u is { label: string; value: number } => u.value !== null)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'zh'));
  if (units.length === 0) return undefined;
  const total = figures.summary.total.figures[code]?.current ?? null;
  const name = ind.name[lang];
  const reference =
    total === null
      ? []
      : [
          {
            xAxis: total,
            label: {
              formatter: fillPlaceholders(reportLabels.reference[lang], {
                scope: lang === 'zh' ? figures.summary.federation.scope : reportLabels.total.en,
                value: formatValue(ind, total, lang),
              }),
            },
          },
        ];
  return {
    id: `rate-${code}`,
    names: [name, code],
    title: fillPlaceholders((byUnit ? reportLabels.rateByUnit : reportLabels.rateByKind)[lang], { name }),
    width: CHART_WIDTH,
    height: FRAME + ROW * units.length,
    option: {
      ...BASE_OPTION,
      grid: { left: 8, right: 56, top: 30, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', min: axisMin(units[units.length - 1].value, total), max: 100, axisLabel: { color: INK, formatter: '{value}%' }, splitLine: { lineStyle: { color: GRID_LINE } } },
      yAxis: { type: 'category', inverse: true, data: units.map((u) => u.label), axisTick: { show: false }, axisLabel: { color: INK } },
      series: [
        {
          type: 'bar',
          ...STILL,
          data: units.map((u) => u.value),
          barCategoryGap: '35%',
          itemStyle: { color: BAR },
          label: { show: true, position: 'right', color: INK, ...HALO, formatter: (p: { dataIndex: number }) => formatValue(ind, units[p.dataIndex].value, lang) },
          markLine: {
            symbol: 'none',
            silent: true,
            // Under the bars and their labels: the labels' white box keeps their digits whole where the line passes.
            z: 1,
            lineStyle: { type: 'dashed', color: INK, width: 1.5 },
            // The category axis runs downwards (inverse), so the line's start is its top.
            label: { position: 'start', color: INK },
            data: reference,
          },
        },
      ],
    },
  };
}
