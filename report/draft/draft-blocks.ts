import type { Locale } from '../../core/messages/render-text.js';
import { FIGURE_HEAD, sectionTables } from '../figure-rows.js';
import { FIGURE_ALIGN, figureTexts } from '../summary-document.js';
import { availableCharts } from '../charts/report-charts.js';
import type { ChartDefinition } from '../charts/chart-definition.js';
import type { ReportFigures } from '../figures/report-figures.js';
import { byUnitTable } from './by-unit-table.js';
import type { OoxmlTable } from './ooxml-table.js';

/** The prefixes of placeholders that replace their whole paragraph: `{表:组织建设}`, `{图:建会率}`. */
export const TABLE_PREFIX = '表:';
export const CHART_PREFIX = '图:';
/** Full-width colons typed by a Chinese input method are read as the same. */
export const BLOCK_TAG = /^((?:表|图)[:：].+)$/;

/** `图：建会率` → `图:建会率`; any other name as it is, trimmed. */
export function normaliseTag(tag: string): string {
  const trimmed = tag.trim();
  return BLOCK_TAG.test(trimmed) ? `${trimmed.slice(0, 1)}:${trimmed.slice(2).trim()}` : trimmed;
}

/** The federation total as one table per section (`{表:组织建设}` or `{表:A}`), and `{表:分单位}`. */
export function draftTables(figures: ReportFigures, lang: Locale = 'zh'): Map<string, OoxmlTable> {
  const tables = new Map<string, OoxmlTable>();
  for (const t of sectionTables(figures.spec, figures.summary.total, lang)) {
    const table: OoxmlTable = {
      head: FIGURE_HEAD[lang],
      widths: [34, 10, 15, 15, 13, 13],
      align: FIGURE_ALIGN,
      rows: t.rows.map((r) => ({ texts: figureTexts(r), level: r.level })),
    };
    for (const name of new Set([t.section.title.zh, t.section.id])) tables.set(`${TABLE_PREFIX}${name}`, table);
  }
  tables.set(`${TABLE_PREFIX}分单位`, byUnitTable(figures, lang));
  return tables;
}

/** Every chart a draft can place, by each of its names (`{图:建会率}`, `{图:A03}`, `{图:同比}`…). */
export function draftCharts(figures: ReportFigures, lang: Locale = 'zh'): Map<string, ChartDefinition> {
  const charts = new Map<string, ChartDefinition>();
  for (const chart of availableCharts(figures, lang)) {
    for (const name of chart.names) if (!charts.has(`${CHART_PREFIX}${name}`)) charts.set(`${CHART_PREFIX}${name}`, chart);
  }
  return charts;
}
