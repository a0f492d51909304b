import type { Locale } from '../../core/messages/render-text.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { partsChart } from './parts-chart.js';
import { rateByUnitChart } from './rate-by-unit-chart.js';
import { submissionsChart } from './submissions-chart.js';
import { yearOnYearChart } from './year-on-year-chart.js';

/** The rates a summary charts by unit: 建会率 and 集体协商建制率 (the two the reports compare units on). */
export const SUMMARY_RATE_CODES = ['A03', 'B03'] as const;

/**
 * The summary's charts, in the order they appear: the rates by unit, 同比 of
 * the headline figures, the funds by part. A chart with nothing to show is
 * left out. The submissions chart belongs with the 报送情况 list, apart.
 */
export function summaryCharts(figures: ReportFigures, lang: Locale = 'zh'): ChartDefinition[] {
  const charts = [...SUMMARY_RATE_CODES.map((code) => rateByUnitChart(figures, code, lang)), yearOnYearChart(figures, lang), partsChart(figures, lang)];
  return charts.filter((c): c is ChartDefinition => c !== undefined);
}

/** Every chart a draft can place with `{图:名称}`: each rate of the spec by unit, then the others. */
export function availableCharts(figures: ReportFigures, lang: Locale = 'zh'): ChartDefinition[] {
  const rates = figures.spec.indicators.filter((i) => i.kind === 'rate').map((i) => rateByUnitChart(figures, i.code, lang));
  const charts = [...rates, yearOnYearChart(figures, lang), partsChart(figures, lang), submissionsChart(figures, lang)];
  return charts.filter((c): c is ChartDefinition => c !== undefined);
}
