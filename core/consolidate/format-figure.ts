/**
 * Display formatting of summary figures: the one place rounding for display happens, for every
 * output (xlsx, docx, html, md, csv, narrative). Rounding is half away from zero on the decimal
 * value (1.005 → 1.01), grouping as in Chinese reports (`1,234.56`, Intl en-US). An empty figure
 * shows as `—`.
 */
import type { Locale } from '../messages/render-text.js';
import type { Indicator } from '../spec/template-spec.js';
import { scaleHalfAway, scaledToFixed, type ScaledDecimal } from './decimal-rounding.js';
import type { Figure } from './summary-model.js';

/** What an empty figure shows: an em dash, in both languages. */
export const EMPTY_FIGURE = '—';

/** Decimals of growth percentages (增长8.7%). */
export const GROWTH_DECIMALS = 1;

/** A fixed-point string with thousands separators: `1234.5`, 2 → `1,234.50`. Never `-0`. */
function grouped(scaled: ScaledDecimal, decimals: number): string {
  const fixed = scaledToFixed({ negative: false, digits: scaled.digits }, decimals);
  const [whole, frac] = fixed.split('.');
  // Group the exact digits as text (en-US grouping, as Chinese reports print): no float on the way.
  const body = whole.replace(/\B(?=(\d{3})+$)/g, ',') + (frac !== undefined ? `.${frac}` : '');
  return scaled.negative ? `-${body}` : body;
}

/** -1, 0 or 1: the sign of a scaled decimal. */
function sign(scaled: ScaledDecimal): number {
  return scaled.digits === '0' ? 0 : scaled.negative ? -1 : 1;
}

/**
 * A number rounded half away from zero to `decimals`, with thousands separators.
 * @example formatNumber(1234.565, 2) // "1,234.57"
 * @example formatNumber(-1.25, 1) // "-1.3"
 */
export function formatNumber(value: number, decimals: number): string {
  return grouped(scaleHalfAway(value, decimals), decimals);
}

/**
 * 本年 / 上年 for display: counts `12,345`; amounts `1,234.56`; rates `92.3%`; ratios with
 * their decimals and separators; empty → `—`. The same in both languages.
 * @example formatValue(ind('A01'), 12345) // "12,345"
 * @example formatValue(ind('C01'), 1234.5) // "1,234.50"
 * @example formatValue(ind('A03'), 92.345) // "92.3%"
 * @example formatValue(ind('A03'), null) // "—"
 */
export function formatValue(ind: Indicator, value: number | null, lang: Locale = 'zh'): string {
  void lang; // numbers read the same in zh and en reports
  if (value === null) return EMPTY_FIGURE;
  const text = formatNumber(value, ind.decimals);
  return ind.kind === 'rate' ? `${text}%` : text;
}

/**
 * 增减 for sentences. Counts, amounts and ratios signed with separators (`+1,234`, `-56.78`,
 * `0`); rates in 百分点: `提高1.2个百分点` / `下降0.4个百分点` / `持平` (en `up 1.2 pp` /
 * `down 0.4 pp` / `unchanged`); empty → `—`.
 * @example formatChange(ind('A01'), { ...figure, change: 1234 }) // "+1,234"
 * @example formatChange(ind('B03'), { ...figure, change: -0.4 }) // "下降0.4个百分点"
 * @example formatChange(ind('B03'), { ...figure, change: 1.2 }, 'en') // "up 1.2 pp"
 */
export function formatChange(ind: Indicator, figure: Figure, lang: Locale = 'zh'): string {
  if (figure.change === null) return EMPTY_FIGURE;
  const scaled = scaleHalfAway(figure.change, ind.decimals);
  const direction = sign(scaled);
  const magnitude = grouped({ negative: false, digits: scaled.digits }, ind.decimals);
  if (ind.kind === 'rate') {
    if (direction === 0) return lang === 'zh' ? '持平' : 'unchanged';
    if (lang === 'zh') return `${direction > 0 ? '提高' : '下降'}${magnitude}个百分点`;
    return `${direction > 0 ? 'up' : 'down'} ${magnitude} pp`;
  }
  if (direction === 0) return magnitude;
  return `${direction > 0 ? '+' : '-'}${magnitude}`;
}

/**
 * 同比 growth for sentences: `增长8.7%` / `下降3.2%` / `持平` (en `up 8.7%` / `down 3.2%` /
 * `unchanged`), one decimal; empty (上年 0 or missing, or a rate) → `—`.
 * @example formatGrowth({ ...figure, growthPercent: 8.66 }) // "增长8.7%"
 * @example formatGrowth({ ...figure, growthPercent: -3.2 }, 'en') // "down 3.2%"
 */
export function formatGrowth(figure: Figure, lang: Locale = 'zh'): string {
  if (figure.growthPercent === null) return EMPTY_FIGURE;
  const scaled = scaleHalfAway(figure.growthPercent, GROWTH_DECIMALS);
  const direction = sign(scaled);
  if (direction === 0) return lang === 'zh' ? '持平' : 'unchanged';
  const magnitude = grouped({ negative: false, digits: scaled.digits }, GROWTH_DECIMALS);
  if (lang === 'zh') return `${direction > 0 ? '增长' : '下降'}${magnitude}%`;
  return `${direction > 0 ? 'up' : 'down'} ${magnitude}%`;
}

/**
 * 增减 for a table cell: the plain number with the indicator's decimals and separators, a minus
 * sign when negative, no plus sign, no unit (rates: the 百分点 figure, for a column headed
 * 增减(百分点)); empty → `—`.
 * @example formatChangeCell(ind('A01'), { ...figure, change: -1234 }) // "-1,234"
 * @example formatChangeCell(ind('B03'), { ...figure, change: 1.2 }) // "1.2"
 */
export function formatChangeCell(ind: Indicator, figure: Figure): string {
  if (figure.change === null) return EMPTY_FIGURE;
  return formatNumber(figure.change, ind.decimals);
}

/**
 * 增减(%) for a table cell: growth with one decimal, no `%` sign (the column head says it);
 * empty → `—`.
 * @example formatGrowthCell({ ...figure, growthPercent: 8.66 }) // "8.7"
 * @example formatGrowthCell({ ...figure, growthPercent: -3.25 }) // "-3.3"
 */
export function formatGrowthCell(figure: Figure): string {
  if (figure.growthPercent === null) return EMPTY_FIGURE;
  return formatNumber(figure.growthPercent, GROWTH_DECIMALS);
}
