import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import { indicatorsByCode } from '../../core/spec/spec-lookup.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { ChartDefinition } from './chart-definition.js';
import { partsChart } from './parts-chart.js';
import { renderChartSvg } from './render-chart-svg.js';
import { rateByUnitChart } from './rate-by-unit-chart.js';
import { SUMMARY_RATE_CODES } from './report-charts.js';
import { yearOnYearChart } from './year-on-year-chart.js';

/** What a document needs of a drawn chart: plain data (no ECharts option), so it can cross from a thread that drew it. */
export type ChartFrame = Pick<ChartDefinition, 'id' | 'names' | 'title' | 'width' | 'height'>;

/** A chart where a document shows it, with its numbered caption (图1 各单位建会率). */
export interface PlacedChart {
  chart: ChartFrame;
  caption: string;
  /** The chart drawn once, for every document that shows it. */
  svg: string;
}

export interface SummaryChartPlaces {
  /** By section id: shown after that section's table (a rate by unit, the amount by part). */
  bySection: Record<string, PlacedChart[]>;
  /** 同比 of the headline figures, after the report sentences. */
  afterSentences: PlacedChart[];
}

/**
 * Where the summary's charts go, next to the table they illustrate, as
 * Chinese reports place them, numbered 图1, 图2… in the order a reader meets
 * them: the sections in spec order, then the sentences. (The submissions chart
 * is not a report's: a draft may still place it with `{图:报送情况}`.)
 */
export function placeSummaryCharts(figures: ReportFigures, lang: Locale = 'zh'): SummaryChartPlaces {
  const byCode = indicatorsByCode(figures.spec);
  const bySection: Record<string, ChartDefinition[]> = {};
  const add = (section: string | undefined, chart: ChartDefinition | undefined) => {
    if (section && chart) (bySection[section] ??= []).push(chart);
  };
  for (const code of SUMMARY_RATE_CODES) add(byCode.get(code)?.section, rateByUnitChart(figures, code, lang));
  const parts = partsChart(figures, lang);
  add(parts && byCode.get(parts.id.replace(/^parts-/, ''))?.section, parts);
  const yoy = yearOnYearChart(figures, lang);

  let number = 0;
  const place = (chart: ChartDefinition): PlacedChart => ({
    chart: { id: chart.id, names: chart.names, title: chart.title, width: chart.width, height: chart.height },
    caption: fillPlaceholders(reportLabels.caption[lang], { number: ++number, title: chart.title }),
    svg: renderChartSvg(chart),
  });
  const placed: Record<string, PlacedChart[]> = {};
  for (const section of figures.spec.sections) if (bySection[section.id]) placed[section.id] = bySection[section.id].map(place);
  return { bySection: placed, afterSentences: yoy ? [place(yoy)] : [] };
}
