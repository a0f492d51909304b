import { z } from 'zod';
import { canonicalJson, fnv1a64Hex } from '../spec/spec-fingerprint.js';

/**
 * What a pre-filled template was made for: the unit, the collection, and last
 * year's accepted figures (本年 of last year, by indicator code) with where
 * they came from. Written into the template's `_meta` sheet and sealed, so
 * the check at the county knows what the federation will expect.
 */
export const PrefilledUnit = z.object({
  unitCode: z.string().min(1),
  unitName: z.string().min(1),
  year: z.number().int(),
  period: z.enum(['annual', 'half']),
  /** Last year's figures by indicator code; empty when the unit has none (its 上年 column stays open). */
  prior: z.record(z.string(), z.number()),
  /** Where the prior figures came from (a file name), when there are any. */
  priorSource: z.string().optional(),
});
export type PrefilledUnit = z.infer<typeof PrefilledUnit>;

/**
 * The seal of a pre-filled unit: FNV-1a 64 over its canonical JSON, the
 * fingerprint the spec already uses (pure, and runs in the IE11 webview). It
 * notices a `_meta` edited by hand; it is no signature, since anyone holding
 * this code could recompute it.
 * @example sealOf({ unitCode: '990101', unitName: '…', year: 2025, period: 'annual', prior: { A01: 12 } })
 */
export function sealOf(unit: PrefilledUnit): string {
  return fnv1a64Hex(canonicalJson(unit));
}

/** Keys of the `_meta` rows a pre-filled unit adds; each prior figure is `prior.A01`. */
export const PREFILL_KEYS = { unitCode: 'unitCode', unitName: 'unitName', year: 'year', period: 'period', priorSource: 'priorSource', seal: 'seal' } as const;
const PRIOR_PREFIX = 'prior.';

/**
 * The `_meta` rows of a pre-filled unit, as text: a number kept as text reads
 * back the same after Excel, WPS or LibreOffice saved the file.
 */
export function prefillMetaRows(unit: PrefilledUnit): [string, string][] {
  const rows: [string, string][] = [
    [PREFILL_KEYS.unitCode, unit.unitCode],
    [PREFILL_KEYS.unitName, unit.unitName],
    [PREFILL_KEYS.year, String(unit.year)],
    [PREFILL_KEYS.period, unit.period],
  ];
  if (unit.priorSource !== undefined) rows.push([PREFILL_KEYS.priorSource, unit.priorSource]);
  for (const [code, value] of Object.entries(unit.prior)) rows.push([`${PRIOR_PREFIX}${code}`, String(value)]);
  rows.push([PREFILL_KEYS.seal, sealOf(unit)]);
  return rows;
}

/** What the `_meta` sheet says of a pre-filled unit, and whether its seal holds. */
export interface ReadPrefill {
  unit: PrefilledUnit;
  sealed: boolean;
}

/**
 * The pre-filled unit of a `_meta` key/value map, or undefined when the
 * template is a blank one (no unit code). A map that names a unit but cannot
 * be read back into one, or whose seal differs, comes back unsealed.
 */
export function readPrefill(values: ReadonlyMap<string, string>): ReadPrefill | undefined {
  const unitCode = values.get(PREFILL_KEYS.unitCode);
  if (!unitCode) return undefined;
  const prior: Record<string, number> = {};
  for (const [key, text] of values) {
    if (key.startsWith(PRIOR_PREFIX)) prior[key.slice(PRIOR_PREFIX.length)] = text === '' ? NaN : Number(text);
  }
  const priorSource = values.get(PREFILL_KEYS.priorSource);
  const parsed = PrefilledUnit.safeParse({
    unitCode,
    unitName: values.get(PREFILL_KEYS.unitName) ?? '',
    year: Number(values.get(PREFILL_KEYS.year)),
    period: values.get(PREFILL_KEYS.period),
    prior,
    ...(priorSource !== undefined && priorSource !== '' ? { priorSource } : {}),
  });
  if (!parsed.success) {
    const year = Number(values.get(PREFILL_KEYS.year));
    const period = values.get(PREFILL_KEYS.period) === 'half' ? 'half' : 'annual';
    return { unit: { unitCode, unitName: values.get(PREFILL_KEYS.unitName) ?? '', year: Number.isInteger(year) ? year : 0, period, prior: {} }, sealed: false };
  }
  return { unit: parsed.data, sealed: values.get(PREFILL_KEYS.seal) === sealOf(parsed.data) };
}
