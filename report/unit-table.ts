import { formatValue } from '../core/consolidate/format-figure.js';
import type { FigureGroup, Summary } from '../core/consolidate/summary-model.js';
import type { Locale } from '../core/messages/render-text.js';
import type { Indicator, TemplateSpec } from '../core/spec/template-spec.js';

/** One line of the table by unit: a unit, a subtotal (emphasised) or the total. */
export interface UnitTableRow {
  texts: string[];
  emphasis: boolean;
}

/** 各单位主要指标: the headline indicators by unit and subtotal, as the reports' 各县区建会率… tables. */
export interface UnitTable {
  head: string[];
  rows: UnitTableRow[];
}

/**
 * The headline indicators of a spec: every rate and the first amount of each
 * section, its total (standard template: 建会率, 入会率, 集体协商建制率,
 * 职代会建制率, 厂务公开建制率, 帮扶资金合计), in spec order. Counts are left to
 * the section tables: a row of raw counts by unit says little without its denominator.
 */
export function headlineIndicators(spec: TemplateSpec): Indicator[] {
  const firstAmount = new Set(spec.sections.map((s) => spec.indicators.find((i) => i.section === s.id && i.kind === 'amount')?.code));
  return spec.indicators.filter((i) => i.kind === 'rate' || firstAmount.has(i.code));
}

/**
 * The table by unit: each kind's units in roster order followed by its subtotal,
 * then the total; figures formatted as in the section tables.
 */
export function unitTable(spec: TemplateSpec, summary: Summary, lang: Locale = 'zh'): UnitTable {
  const indicators = headlineIndicators(spec);
  const unitOf = lang === 'zh' ? (i: Indicator) => (i.kind === 'rate' ? '' : `（${i.unit.zh}）`) : (i: Indicator) => (i.kind === 'rate' ? '' : ` (${i.unit.en})`);
  const head = [lang === 'zh' ? '单位' : 'Unit', ...indicators.map((i) => `${i.name[lang]}${unitOf(i)}`)];
  const row = (g: FigureGroup, emphasis: boolean): UnitTableRow => ({
    texts: [g.label, ...indicators.map((i) => formatValue(i, g.figures[i.code]?.current ?? null, lang))],
    emphasis,
  });
  const rows: UnitTableRow[] = [];
  for (const kind of summary.byKind) {
    rows.push(...summary.byUnit.filter((u) => u.kind === kind.key).map((u) => row(u, false)), row(kind, true));
  }
  // Units whose kind has no subtotal (none in a merge; a hand-built summary may have them) still show.
  const kinds = new Set(summary.byKind.map((k) => k.key));
  rows.push(...summary.byUnit.filter((u) => !kinds.has(u.kind ?? '')).map((u) => row(u, false)));
  rows.push(row(summary.total, true));
  return { head, rows };
}
