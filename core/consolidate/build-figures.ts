import { indicatorsByCode } from '../spec/spec-lookup.js';
import type { Indicator, TemplateSpec } from '../spec/template-spec.js';
import { fromScaledInteger } from './decimal-rounding.js';
import { deriveValue, type Operand } from './derive-value.js';
import type { Figure } from './summary-model.js';
import { yearOnYear } from './year-on-year.js';

type Column = 'current' | 'prior';

/** The additive figures of one group, in integers of each indicator's last decimal place. */
export interface GroupSums {
  current: Record<string, number | null>;
  prior: Record<string, number | null>;
  /** Units left out of a sum because their value was empty (kind subtotals and the total only). */
  missing?: { current: Record<string, string[]>; prior: Record<string, string[]> };
}

/**
 * Every figure of one group, in spec order: additive ones from the sums, rates and ratios
 * recomputed from the summed numerator and denominator (never averaged), then 同比.
 */
export function buildFigures(spec: TemplateSpec, sums: GroupSums): Record<string, Figure> {
  const byCode = indicatorsByCode(spec);
  const derivedCache = new Map<string, number | null>();

  const valueOf = (ind: Indicator, column: Column, depth = 0): number | null => {
    if (!ind.derive) {
      const scaled = sums[column][ind.code] ?? null;
      return scaled === null ? null : fromScaledInteger(scaled, ind.decimals);
    }
    const key = `${ind.code}|${column}`;
    if (derivedCache.has(key)) return derivedCache.get(key)!;
    // A spec whose derivations loop is a programmer error; a validated spec references known codes.
    if (depth > spec.indicators.length) throw new Error(`derivation cycle at ${ind.code}`);
    const operand = (code: string): Operand | null => {
      const part = byCode.get(code)!;
      if (!part.derive) {
        const scaled = sums[column][code] ?? null;
        return scaled === null ? null : { n: scaled, scale: 10 ** part.decimals };
      }
      const value = valueOf(part, column, depth + 1);
      return value === null ? null : { n: value, scale: 1 };
    };
    const value = deriveValue(ind.derive, operand(ind.derive.numerator), operand(ind.derive.denominator));
    derivedCache.set(key, value);
    return value;
  };

  const missingOf = (ind: Indicator, column: Column, depth = 0): string[] => {
    if (!sums.missing) return [];
    if (!ind.derive) return sums.missing[column][ind.code] ?? [];
    if (depth > spec.indicators.length) return [];
    const parts = [ind.derive.numerator, ind.derive.denominator].flatMap((c) => missingOf(byCode.get(c)!, column, depth + 1));
    return [...new Set(parts)];
  };

  const figures: Record<string, Figure> = {};
  for (const ind of spec.indicators) {
    const current = valueOf(ind, 'current');
    const prior = valueOf(ind, 'prior');
    const figure: Figure = { code: ind.code, current, prior, ...yearOnYear(ind, current, prior) };
    const missingCurrent = missingOf(ind, 'current');
    const missingPrior = missingOf(ind, 'prior');
    if (missingCurrent.length || missingPrior.length) {
      figure.missing = {
        ...(missingCurrent.length ? { current: missingCurrent } : {}),
        ...(missingPrior.length ? { prior: missingPrior } : {}),
      };
    }
    figures[ind.code] = figure;
  }
  return figures;
}
