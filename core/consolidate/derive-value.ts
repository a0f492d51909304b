import type { Derivation } from '../spec/template-spec.js';

/** An operand as an exact fraction: value = n / scale (additive figures are integers of their last decimal place). */
export interface Operand {
  n: number;
  scale: number;
}

/**
 * numerator / denominator × factor from the (summed) parts, done as one division of integers
 * where the parts are integers, so no rounding creeps in before display. An empty part or a
 * zero denominator gives null: an empty rate, never 0.
 * @example deriveValue({ numerator: 'A02', denominator: 'A01', factor: 100 }, { n: 45, scale: 1 }, { n: 50, scale: 1 }) // 90
 */
export function deriveValue(derive: Derivation, numerator: Operand | null, denominator: Operand | null): number | null {
  if (numerator === null || denominator === null || denominator.n === 0) return null;
  return (numerator.n * derive.factor * denominator.scale) / (denominator.n * numerator.scale);
}
