import { isAdditive } from '../spec/spec-lookup.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { PriorSource, UnitValues } from './summary-model.js';

export interface ResolvedPrior {
  /** Additive indicator code → the unit's 上年 (null when empty). */
  values: Record<string, number | null>;
  source: PriorSource;
  /** Codes last year's file lacked, taken from this year's 上年 column instead. */
  fellBack: string[];
}

/**
 * A unit's 上年 for the additive indicators. Last year's file wins over this year's 上年
 * column (it is what the unit actually reported); a code that file does not have at all (an
 * older template) falls back to the 上年 column, while an explicit null in it stays empty.
 * Without a file, the 上年 column is used; source 'none' when it is empty throughout.
 */
export function resolveUnitPrior(
  spec: TemplateSpec,
  unit: UnitValues,
  lastYear: Record<string, number | null> | undefined,
): ResolvedPrior {
  const values: Record<string, number | null> = {};
  const fellBack: string[] = [];
  for (const ind of spec.indicators.filter(isAdditive)) {
    const fromFile = lastYear?.[ind.code];
    if (lastYear && fromFile !== undefined) {
      values[ind.code] = fromFile;
    } else {
      values[ind.code] = unit.prior[ind.code] ?? null;
      if (lastYear) fellBack.push(ind.code);
    }
  }
  const source: PriorSource = lastYear
    ? 'last-year-file'
    : Object.values(values).some((v) => v !== null)
      ? 'prior-column'
      : 'none';
  return { values, source, fellBack };
}
