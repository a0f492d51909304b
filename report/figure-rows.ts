import { formatChangeCell, formatGrowthCell, formatValue } from '../core/consolidate/format-figure.js';
import type { FigureGroup } from '../core/consolidate/summary-model.js';
import type { Locale } from '../core/messages/render-text.js';
import { indentLevel, rowLabel } from '../core/spec/spec-lookup.js';
import type { Indicator, Section, TemplateSpec } from '../core/spec/template-spec.js';

/** One indicator's line in a report table, every cell already display text. */
export interface FigureRow {
  indicator: Indicator;
  /** Depth of `其中` nesting: 0 top level. */
  level: number;
  /** The name as the table shows it: `其中：` before a part. */
  label: string;
  unit: string;
  current: string;
  prior: string;
  /** 本年 − 上年; blank for rates, whose change is the last column, in 百分点. */
  change: string;
  /** Growth in % for counts, amounts and ratios; the change in 百分点 for rates. */
  growth: string;
}

export interface SectionTable {
  section: Section;
  rows: FigureRow[];
}

/** The report tables' head (DOMAIN.md "Display conventions"). */
export const FIGURE_HEAD: Record<Locale, string[]> = {
  zh: ['指标', '单位', '本年', '上年', '增减', '增减(%)/(百分点)'],
  en: ['Indicator', 'Unit', 'This year', 'Last year', 'Change', 'Change (%) / (points)'],
};

/**
 * One indicator of a group as table text. All rounding is format-figure's; this
 * only decides which formatted value goes in which column.
 */
export function figureRow(spec: TemplateSpec, group: FigureGroup, ind: Indicator, lang: Locale = 'zh'): FigureRow {
  const figure = group.figures[ind.code] ?? { code: ind.code, current: null, prior: null, change: null, growthPercent: null };
  const level = indentLevel(spec, ind);
  const rate = ind.kind === 'rate';
  return {
    indicator: ind,
    level,
    label: rowLabel(spec, ind, lang),
    unit: ind.unit[lang],
    current: formatValue(ind, figure.current, lang),
    prior: formatValue(ind, figure.prior, lang),
    change: rate ? '' : formatChangeCell(ind, figure),
    growth: rate ? formatChangeCell(ind, figure) : formatGrowthCell(figure),
  };
}

/** A group's figures as one table per section of the spec, in spec order. */
export function sectionTables(spec: TemplateSpec, group: FigureGroup, lang: Locale = 'zh'): SectionTable[] {
  return spec.sections
    .map((section) => ({
      section,
      rows: spec.indicators.filter((i) => i.section === section.id).map((ind) => figureRow(spec, group, ind, lang)),
    }))
    .filter((t) => t.rows.length > 0);
}
