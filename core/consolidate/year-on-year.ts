import type { Indicator } from '../spec/template-spec.js';
import { fromScaledInteger, toScaledInteger } from './decimal-rounding.js';

export interface YearOnYear {
  change: number | null;
  growthPercent: number | null;
}

/**
 * 同比 of one figure.
 * - count, amount: change = 本年 − 上年 (exact, in integers of the last decimal place);
 *   growth = change / 上年 × 100, null when 上年 is 0.
 * - rate: change in 百分点 between the two rates rounded to the indicator's decimals, so that
 *   "提高1.2个百分点" agrees with the rates printed beside it; no growth.
 * - ratio: change between the rounded ratios (for the same reason); growth from the exact values.
 * Either side empty → both null.
 * @example yearOnYear(count, 1100, 1000) // { change: 100, growthPercent: 10 }
 * @example yearOnYear(rate, 92.34, 91.06) // { change: 1.2, growthPercent: null } (92.3 − 91.1)
 */
export function yearOnYear(ind: Indicator, current: number | null, prior: number | null): YearOnYear {
  if (current === null || prior === null) return { change: null, growthPercent: null };
  const d = ind.decimals;
  if (ind.kind === 'count' || ind.kind === 'amount') {
    const cur = toScaledInteger(current, d);
    const pri = toScaledInteger(prior, d);
    return {
      change: fromScaledInteger(cur - pri, d),
      growthPercent: pri === 0 ? null : ((cur - pri) * 100) / pri,
    };
  }
  const change = fromScaledInteger(toScaledInteger(current, d) - toScaledInteger(prior, d), d);
  if (ind.kind === 'rate') return { change, growthPercent: null };
  return { change, growthPercent: prior === 0 ? null : ((current - prior) / prior) * 100 };
}
