import { CHINESE_NUMERALS } from '../core/messages/chinese-numerals.js';
import type { Locale } from '../core/messages/render-text.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { sectionTables, type FigureRow, type SectionTable } from './figure-rows.js';
import { fillSentences } from './fill-sentences.js';
import { statusRows, type StatusRow } from './status-rows.js';
import { summaryTitle } from './summary-title.js';
import { placeSummaryCharts, type PlacedChart } from './charts/summary-chart-places.js';
import { figuresOfMerge } from './figures/figures-of-merge.js';

/** What summary.docx, summary.html and summary.md show, in the order they show it; each renders this. */
export interface SummaryDocument {
  lang: Locale;
  title: string;
  /** One line under the title: period, units in the totals. */
  subtitle: string;
  /** The federation total, one table per section, headed `一、组织建设`, each followed by its charts. */
  sections: (SectionTable & { heading: string; charts: PlacedChart[] })[];
  /** The report sentences that could be filled (skipped ones are only in narrative.md). */
  sentences: string[];
  /** Charts after the sentences (同比 of the headline figures). */
  sentenceCharts: PlacedChart[];
  statuses: StatusRow[];
  /** Charts beside the 报送情况 list. */
  statusCharts: PlacedChart[];
  /** Notes on the run and on the figures (fallbacks, incomplete 上年). */
  notes: string[];
}

/** `一、组织建设` (zh) or `A. Union organisation` (en). */
function sectionHeading(index: number, id: string, title: string, lang: Locale): string {
  if (lang === 'zh') return `${CHINESE_NUMERALS[index] ?? id}、${title}`;
  return `${id}. ${title}`;
}

export function summaryDocument(report: MergeReport, spec: TemplateSpec, lang: Locale = 'zh'): SummaryDocument {
  const { summary } = report;
  const period = spec.periods.find((p) => p.key === summary.period)?.label[lang] ?? summary.period;
  const kinds = summary.byKind.filter((k) => k.units > 0);
  const rosterUnits = report.statuses.filter((s) => s.status !== 'not-in-roster' && s.status !== 'unreadable').length;
  const subtitle =
    lang === 'zh'
      ? `统计期：${summary.year}年${period}；计入汇总${summary.total.units}个单位（应报${rosterUnits}个）${kinds.length ? `：${kinds.map((k) => `${k.kind ?? k.label}${k.units}个`).join('、')}` : ''}`
      : `Period: ${summary.year} ${period}; ${summary.total.units} of ${rosterUnits} units in the totals${kinds.length ? ` (${kinds.map((k) => `${k.kind ?? k.label} ${k.units}`).join(', ')})` : ''}`;
  const charts = placeSummaryCharts(figuresOfMerge(report, spec), lang);
  return {
    lang,
    title: summaryTitle(summary, spec, lang),
    subtitle,
    sections: sectionTables(spec, summary.total, lang).map((t, i) => ({
      ...t,
      heading: sectionHeading(i, t.section.id, t.section.title[lang], lang),
      charts: charts.bySection[t.section.id] ?? [],
    })),
    sentences: fillSentences(summary, spec, lang).flatMap((s) => ('text' in s ? [s.text] : [])),
    sentenceCharts: charts.afterSentences,
    statuses: statusRows(report, lang),
    statusCharts: charts.withStatuses,
    notes: [...report.notes, ...(summary.notes ?? [])].map((n) => n[lang]),
  };
}

export type ColumnAlign = 'left' | 'center' | 'right';

/** How the figure tables' columns align (FIGURE_HEAD order): names left, units centred, numbers right. */
export const FIGURE_ALIGN: readonly ColumnAlign[] = ['left', 'center', 'right', 'right', 'right', 'right'];
/** How the 报送情况 table's columns align (STATUS_HEAD order). */
export const STATUS_ALIGN: readonly ColumnAlign[] = ['left', 'left', 'center', 'center', 'left', 'right', 'right', 'right', 'center'];

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

/** One 报送情况 row as the documents show it, in STATUS_HEAD order. */
export function statusTexts(s: StatusRow): string[] {
  return [s.code, s.name, s.kind, s.status, s.files, String(s.hard), String(s.soft), String(s.explained), s.included];
}

/** Headings of the document's other parts. */
export const DOCUMENT_HEADINGS: Record<Locale, { sentences: string; statuses: string; notes: string }> = {
  zh: { sentences: '主要数据', statuses: '报送情况', notes: '说明' },
  en: { sentences: 'Headline figures', statuses: 'Submissions', notes: 'Notes' },
};
