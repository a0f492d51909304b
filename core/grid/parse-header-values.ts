import type { RawCell } from './grid.js';
import { normaliseLabel } from './normalise-label.js';
import type { PreparedSpec } from './prepared-spec.js';

const YEAR_TEXT = /^(\d{4})(?:年度|年)?$/;
const DASHES = /[—–－~～至到]/g;
const LEADING_YEAR = /^\d{4}年度?/;
const SPACES = /\s+/g;
const DECIMAL_ZERO = /^(\d+)\.0+$/;

/** The labels people write for each period, normalised (`1—6月` becomes `1-6月`). */
const PERIOD_WORDS: ReadonlyMap<string, 'annual' | 'half'> = new Map([
  ...['年报', '全年', '年度', '年', '全年度', '年报表', '年度报表', '年度报告', '1-12月', '全年报', 'annual', 'year'].map(
    (w) => [w, 'annual'] as const,
  ),
  ...['上半年', '半年', '半年报', '半年度', '上半年报', '半年报表', '上半年度', '1-6月', 'half', 'h1', 'firsthalf'].map(
    (w) => [w, 'half'] as const,
  ),
]);

/** `2024`, `2024年`, `２０２４`, the number 2024 → 2024; undefined when it is not a year. */
export function parseYear(text: string, raw?: RawCell): number | undefined {
  if (raw?.value.type === 'number') {
    const n = raw.value.value;
    return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : undefined;
  }
  const m = YEAR_TEXT.exec(normaliseLabel(text));
  return m ? Number(m[1]) : undefined;
}

/** `年报`/`全年`/`年度` → annual; `上半年`/`半年报`/`1—6月` → half; the spec's own period labels too. */
export function parsePeriod(text: string, prepared: PreparedSpec): 'annual' | 'half' | undefined {
  const word = normaliseLabel(text).replace(DASHES, '-').replace(LEADING_YEAR, '');
  const known = PERIOD_WORDS.get(word);
  if (known) return known;
  for (const p of prepared.spec.periods) {
    if (normaliseLabel(p.label.zh) === word || normaliseLabel(p.label.en) === word) return p.key;
  }
  return undefined;
}

/** Roster codes as text: 320101 (a number cell) → `320101`, never `320101.0`; trimmed; upper-case letters. */
export function parseUnitCode(text: string): string | undefined {
  const code = text.normalize('NFKC').replace(SPACES, '').toUpperCase().replace(DECIMAL_ZERO, '$1');
  return code === '' ? undefined : code;
}
