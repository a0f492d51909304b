import { formatNumber, formatValue } from '../core/consolidate/format-figure.js';
import type { Locale } from '../core/messages/render-text.js';
import type { Indicator } from '../core/spec/template-spec.js';

/** Counts of people at or above this are written in 万 in Chinese sentences, as the reports do. */
export const WAN_THRESHOLD = 10000;

/**
 * Decimals in 万 by the count's unit, as the seeds write them: people to two
 * (工会会员149.78万人, 覆盖职工113.96万人), person-times to one (3.9万人次).
 */
const WAN_DECIMALS: Record<string, number> = { 人: 2, 人次: 1 };

/**
 * A count in 万 with `decimals`, trailing zeros dropped as the reports drop
 * them (11万人, 3.3万名, 51.99万元); rounding is formatNumber's (half away from zero).
 * @example inWan(1497804, 2) // "149.78万"
 * @example inWan(110000, 2) // "11万"
 */
export function inWan(value: number, decimals: number): string {
  const text = formatNumber(value / 10000, decimals);
  return `${text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text}万`;
}

/**
 * A figure as a Chinese report sentence writes it: a count of people (人, 人次)
 * of 10,000 or more in 万 (`149.78万`, `3.9万`); everything else, small counts
 * (在档困难职工2,986户) and English as the table shows it.
 */
export function sentenceValue(ind: Indicator, value: number | null, lang: Locale): string {
  const decimals = WAN_DECIMALS[ind.unit.zh];
  if (lang === 'zh' && value !== null && ind.kind === 'count' && decimals !== undefined && Math.abs(value) >= WAN_THRESHOLD) {
    return inWan(value, decimals);
  }
  return formatValue(ind, value, lang);
}
