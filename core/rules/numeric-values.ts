import type { CellReading } from '../cells/cell-reading.js';
import type { Extracted } from '../grid/extracted.js';
import type { ValueColumn } from '../spec/template-spec.js';

/**
 * The number a reading stands for in arithmetic: a number is itself, an
 * explicit none (`无`) is 0; empty, invalid, error and uncached cells are
 * unknown (null), because their own issue already speaks for them.
 */
export function numberOf(reading: CellReading | undefined): number | null {
  if (!reading) return null;
  if (reading.state === 'number') return reading.value;
  if (reading.state === 'none') return 0;
  return null;
}

/**
 * One value column of an extracted sheet as numbers by indicator code.
 * @example valuesOf(extracted, 'current').A01 // 1250, or null when empty
 */
export function valuesOf(extracted: Extracted, column: ValueColumn): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const code in extracted.rows) out[code] = numberOf(extracted.rows[code][column]?.reading);
  return out;
}
