import { formatChange, formatChangeCell, formatGrowth, formatValue } from '../core/consolidate/format-figure.js';
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
  /** 本年 − 上年 as a number; for a rate its change in 百分点 (`-0.3`). */
  change: string;
  /** 增减幅度 in words: `增长3.0%` / `下降3.0%` (counts, amounts, ratios), `提高0.3个百分点` / `下降0.3个百分点` (rates), `持平`; `—` when there is none. */
  growth: string;
}

export interface SectionTable {
  section: Section;
  rows: FigureRow[];
}

/**
 * The report tables' head (DOMAIN.md "Display conventions"): 增减幅度 says in
 * words per row what it is (增长3.0%, 下降0.3个百分点), so % and 百分点 never mix unlabelled.
 */
export const FIGURE_HEAD: Record<Locale, string[]> = {
  zh: ['指标', '单位', '本年', '上年', '增减', '增减幅度'],
  en: ['Indicator', 'Unit', 'This year', 'Last year', 'Change', 'Change in words'],
};

/** 增减幅度 of one figure: growth for counts, amounts and ratios, the change in 百分点 for rates. */
export function changeInWords(ind: Indicator, figure: FigureGroup['figures'][string], lang: Locale = 'zh'): string {
  return ind.kind === 'rate' ? formatChange(ind, figure, lang) : formatGrowth(figure, lang);
}

/**
 * One indicator of a group as table text. All rounding is format-figure's; this
 * only decides which formatted value goes in which column.
 */
export function figureRow(spec: TemplateSpec, group: FigureGroup, ind: Indicator, lang: Locale = 'zh'): FigureRow {
  const figure = group.figures[ind.code] ?? { code: ind.code, current: null, prior: null, change: null, growthPercent: null };
  const level = indentLevel(spec, ind);
  return {
    indicator: ind,
    level,
    label: rowLabel(spec, ind, lang),
    unit: ind.unit[lang],
    current: formatValue(ind, figure.current, lang),
    prior: formatValue(ind, figure.prior, lang),
    change: formatChangeCell(ind, figure),
    growth: changeInWords(ind, figure, lang),
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
