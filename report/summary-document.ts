import { CHINESE_NUMERALS } from '../core/messages/chinese-numerals.js';
import type { Locale } from '../core/messages/render-text.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { specTables, tableOfSection } from '../core/spec/spec-tables.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { sectionTables, type FigureRow, type SectionTable } from './figure-rows.js';
import { fillSentences } from './fill-sentences.js';
import { summaryTitle } from './summary-title.js';
import { unitTable, type UnitTable } from './unit-table.js';
import { placeSummaryCharts, type PlacedChart, type SummaryChartPlaces } from './charts/summary-chart-places.js';
import { figuresOfMerge } from './figures/figures-of-merge.js';

/**
 * What 汇总报告.docx, .html and .md show, in the order they show it; each
 * renders this. Only what goes into a report: who sent what, skipped files and
 * notes on the run are the staff's, in 报送情况.xlsx and on the console.
 */
export interface SummaryDocument {
  lang: Locale;
  title: string;
  /** One line under the title: period, units in the totals. */
  subtitle: string;
  /**
   * The federation total, one table per section, headed `一、组织建设`, each followed by its charts. In a
   * template of several tables the first section of each carries the table's heading (`表二　帮扶与经费`).
   */
  sections: (SectionTable & { heading: string; tableHeading?: string; charts: PlacedChart[] })[];
  /** The headline indicators by unit and subtotal, headed `四、分单位主要指标`. */
  units: UnitTable & { heading: string };
  /** The report sentences that could be filled (skipped ones are only in 报告语句.md). */
  sentences: string[];
  /** Charts after the sentences (同比 of the headline figures). */
  sentenceCharts: PlacedChart[];
}

/** `一、组织建设` (zh) or `A. Union organisation` (en). */
function sectionHeading(index: number, id: string, title: string, lang: Locale): string {
  if (lang === 'zh') return `${CHINESE_NUMERALS[index] ?? id}、${title}`;
  return `${id}. ${title}`;
}

/** `表二　帮扶与经费` (zh) or `Table 2. Assistance and funds` (en): numbered by position, as the template's sheets are ordered. */
function tableHeading(index: number, title: string, lang: Locale): string {
  return lang === 'zh' ? `表${CHINESE_NUMERALS[index] ?? index + 1}\u3000${title}` : `Table ${index + 1}. ${title}`;
}

/** A document's charts before they are drawn (or without any). */
export const NO_CHARTS: SummaryChartPlaces = { bySection: {}, afterSentences: [] };

/**
 * What the documents show for `report`; `charts` are the summary's charts when
 * already drawn (placeSummaryCharts for the same report and language, e.g. on
 * the CLI's workbook thread; NO_CHARTS for a document to be given them later
 * with withCharts), drawn here otherwise.
 */
export function summaryDocument(report: MergeReport, spec: TemplateSpec, lang: Locale = 'zh', charts?: SummaryChartPlaces): SummaryDocument {
  const { summary } = report;
  const period = spec.periods.find((p) => p.key === summary.period)?.label[lang] ?? summary.period;
  const kinds = summary.byKind.filter((k) => k.units > 0);
  const rosterUnits = report.statuses.filter((s) => s.status !== 'not-in-roster' && s.status !== 'unreadable').length;
  const subtitle =
    lang === 'zh'
      ? `统计期：${summary.year}年${period}；计入汇总${summary.total.units}个单位（应报${rosterUnits}个）${kinds.length ? `：${kinds.map((k) => `${k.kind ?? k.label}${k.units}个`).join('、')}` : ''}`
      : `Period: ${summary.year} ${period}; ${summary.total.units} of ${rosterUnits} units in the totals${kinds.length ? ` (${kinds.map((k) => `${k.kind ?? k.label} ${k.units}`).join(', ')})` : ''}`;
  const headed = new Set<string>();
  const tables = specTables(spec);
  const sections = sectionTables(spec, summary.total, lang).map((t, i) => {
    const table = tableOfSection(spec, t.section.id);
    const first = tables.length > 1 && !headed.has(table.id);
    headed.add(table.id);
    return {
      ...t,
      heading: sectionHeading(i, t.section.id, t.section.title[lang], lang),
      ...(first ? { tableHeading: tableHeading(tables.indexOf(table), table.title[lang], lang) } : {}),
      charts: [],
    };
  });
  const unitsHeading = lang === 'zh' ? `${CHINESE_NUMERALS[sections.length] ?? ''}、分单位主要指标` : `${String.fromCharCode(65 + sections.length)}. Headline figures by unit`;
  const document: SummaryDocument = {
    lang,
    title: summaryTitle(summary, spec, lang),
    subtitle,
    sections,
    units: { ...unitTable(spec, summary, lang), heading: unitsHeading },
    sentences: fillSentences(summary, spec, lang).flatMap((s) => ('text' in s ? [s.text] : [])),
    sentenceCharts: [],
  };
  return withCharts(document, charts ?? placeSummaryCharts(figuresOfMerge(report, spec), lang));
}

/** `document` with `charts` in their places: each section's after its table, the rest after the sentences. */
export function withCharts(document: SummaryDocument, charts: SummaryChartPlaces): SummaryDocument {
  return {
    ...document,
    sections: document.sections.map((s) => ({ ...s, charts: charts.bySection[s.section.id] ?? [] })),
    sentenceCharts: charts.afterSentences,
  };
}

export type ColumnAlign = 'left' | 'center' | 'right';

/** How the figure tables' columns align (FIGURE_HEAD order): names left, units centred, numbers right. */
export const FIGURE_ALIGN: readonly ColumnAlign[] = ['left', 'center', 'right', 'right', 'right', 'right'];
/**
 * One figure row as the documents show it, in FIGURE_HEAD order; `indent` is
 * repeated once per `其中` level before the label (the docx indents by
 * paragraph instead, and passes none).
 */
export function figureTexts(r: FigureRow, indent = ''): string[] {
  return [indent.repeat(r.level) + r.label, r.unit, r.current, r.prior, r.change, r.growth];
}

/** Ideographic spaces indent `其中：` rows in html and md: they survive pasting, and markdown trims ordinary spaces in a cell. */
export const TEXT_INDENT = '\u3000\u3000';

/** Headings of the document's other parts. */
export const DOCUMENT_HEADINGS: Record<Locale, { sentences: string }> = {
  zh: { sentences: '主要数据' },
  en: { sentences: 'Headline figures' },
};

/** How the table by unit aligns: the unit's name left, figures right. */
export function unitTableAlign(columns: number): ColumnAlign[] {
  return ['left', ...Array.from({ length: columns - 1 }, (): ColumnAlign => 'right')];
}
