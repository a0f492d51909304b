import { EMPTY_FIGURE, formatChange, formatGrowth, formatNumber, formatValue } from '../../core/consolidate/format-figure.js';
import type { Figure } from '../../core/consolidate/summary-model.js';
import type { Locale } from '../../core/messages/render-text.js';
import type { Indicator } from '../../core/spec/template-spec.js';
import type { ReportFigures } from '../figures/report-figures.js';

/** One inline placeholder's text; `empty` when the merge has no figure for it (filled as `—`). */
export interface DraftValue {
  text: string;
  empty: boolean;
}

/** Suffixes a draft may put after an indicator's name or code (`{建会率.上年}`). */
export const DRAFT_SUFFIXES = {
  prior: '上年',
  change: '变化',
  growth: '同比',
  wan: '万',
} as const;

const value = (text: string): DraftValue => ({ text, empty: text === EMPTY_FIGURE });

/**
 * 增减 in words for a draft: rates in 百分点 (提高1.2个百分点 / 下降0.3个百分点 / 持平),
 * other figures with their unit (增加1,234家 / 减少56.78万元 / 持平).
 */
function changeText(ind: Indicator, figure: Figure, lang: Locale): string {
  if (ind.kind === 'rate' || figure.change === null) return formatChange(ind, figure, lang);
  const magnitude = formatNumber(Math.abs(figure.change), ind.decimals);
  if (/^0(\.0+)?$/.test(magnitude)) return lang === 'zh' ? '持平' : 'unchanged';
  const unit = ind.unit[lang];
  if (lang === 'zh') return `${figure.change > 0 ? '增加' : '减少'}${magnitude}${unit}`;
  return `${figure.change > 0 ? 'up' : 'down'} ${magnitude} ${unit}`;
}

/** 人次 are written to 1 decimal in 万 (3.9万人次), other counts to 2 (149.78万人), as the reports do. */
function wanText(ind: Indicator, current: number | null, lang: Locale): string {
  if (current === null) return EMPTY_FIGURE;
  const decimals = ind.unit.zh === '人次' ? 1 : 2;
  return `${formatNumber(current / 10000, decimals)}${lang === 'zh' ? '万' : ' × 10,000'}`;
}

/**
 * Every inline placeholder a draft may use, by name: for each indicator its
 * code and its name (`{A03}`, `{建会率}`: 本年 as the tables show it), each with
 * `.上年`, `.变化` (下降0.3个百分点 / 增加1,234家), `.同比` (增长7.1%; for a rate its
 * change in 百分点, as rates compare) and, for counts, `.万` (149.78万); and
 * `{年度}`, `{上年度}`, `{统计期}`, `{范围}` (全市), `{单位名称}` (示例市总工会). Every figure
 * is the federation total, formatted once by format-figure.
 */
export function draftValues(figures: ReportFigures, lang: Locale = 'zh'): Map<string, DraftValue> {
  const { spec, summary } = figures;
  const values = new Map<string, DraftValue>();
  const period = spec.periods.find((p) => p.key === summary.period)?.label[lang] ?? summary.period;
  values.set('年度', value(String(summary.year)));
  values.set('上年度', value(String(summary.year - 1)));
  values.set('统计期', value(period));
  values.set('范围', value(summary.federation.scope));
  values.set('单位名称', value(summary.federation.name));
  for (const ind of spec.indicators) {
    const figure = summary.total.figures[ind.code] ?? { code: ind.code, current: null, prior: null, change: null, growthPercent: null };
    const texts: [string, DraftValue][] = [
      ['', value(formatValue(ind, figure.current, lang))],
      [`.${DRAFT_SUFFIXES.prior}`, value(formatValue(ind, figure.prior, lang))],
      [`.${DRAFT_SUFFIXES.change}`, value(changeText(ind, figure, lang))],
      [`.${DRAFT_SUFFIXES.growth}`, value(ind.kind === 'rate' ? formatChange(ind, figure, lang) : formatGrowth(figure, lang))],
    ];
    if (ind.kind === 'count') texts.push([`.${DRAFT_SUFFIXES.wan}`, value(wanText(ind, figure.current, lang))]);
    for (const name of new Set([ind.code, ind.name.zh])) {
      for (const [suffix, text] of texts) values.set(`${name}${suffix}`, text);
    }
  }
  return values;
}
