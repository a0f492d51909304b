import { formatValue } from '../../core/consolidate/format-figure.js';
import type { FigureGroup } from '../../core/consolidate/summary-model.js';
import { fillPlaceholders, type Locale } from '../../core/messages/render-text.js';
import { reportLabels } from '../../core/messages/report-messages.js';
import type { Indicator } from '../../core/spec/template-spec.js';
import type { ReportFigures } from '../figures/report-figures.js';
import type { OoxmlTable } from './ooxml-table.js';

/** The headline indicators a table by unit shows (各单位建会率、会员、集体协商、帮扶资金), those the spec has. */
export const BY_UNIT_CODES = ['A03', 'A05', 'B03', 'C01'] as const;

/** A column head: the name, and the unit in brackets unless the figures carry it (`%`). */
function columnHead(ind: Indicator, lang: Locale): string {
  if (ind.kind === 'rate') return ind.name[lang];
  return lang === 'zh' ? `${ind.name.zh}（${ind.unit.zh}）` : `${ind.name.en} (${ind.unit.en})`;
}

/**
 * The table by unit: each accepted unit's 本年 of the headline indicators,
 * units grouped by category (the roster's order) each followed by its subtotal, the
 * total last; subtotal and total rows in bold. Rates of groups are the
 * recomputed ones from the summary, never averages of the units' rates.
 */
export function byUnitTable(figures: ReportFigures, lang: Locale = 'zh'): OoxmlTable {
  const { spec, summary } = figures;
  const columns = BY_UNIT_CODES.map((code) => spec.indicators.find((i) => i.code === code)).filter((i): i is Indicator => i !== undefined);
  const texts = (label: string, group: FigureGroup) => [label, ...columns.map((ind) => formatValue(ind, group.figures[ind.code]?.current ?? null, lang))];
  const rows: OoxmlTable['rows'][number][] = [];
  // Categories in the summary's order (the roster's), each with its units then its subtotal.
  for (const subtotal of summary.byKind) {
    const kind = subtotal.kind ?? subtotal.key;
    const units = summary.byUnit.filter((u) => u.kind === kind);
    if (units.length === 0) continue;
    rows.push(...units.map((u) => ({ texts: texts(u.label, u) })));
    rows.push({ texts: texts(fillPlaceholders(reportLabels.subtotal[lang], { kind }), subtotal), bold: true });
  }
  rows.push({ texts: texts(reportLabels.total[lang], summary.total), bold: true });
  return {
    head: [reportLabels.unitColumn[lang], ...columns.map((ind) => columnHead(ind, lang))],
    widths: [30, ...columns.map(() => 70 / Math.max(1, columns.length))],
    align: ['left', ...columns.map(() => 'right' as const)],
    rows,
  };
}
