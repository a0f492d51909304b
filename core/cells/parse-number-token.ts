/** The result of reading a run of digits, `.`, `,` (already half-width) as one number. */
export type NumberToken =
  | { ok: true; value: number; grouped: boolean }
  /** Commas or points that do not form `1,234,567.89`: a decimal comma, a misplaced separator. */
  | { ok: false };

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Thousands grouping must be exact: 1–3 digits, then groups of exactly 3. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * `1234`, `-12.5`, `1,234,567.8` → the number; `1,23`, `1.234,5`, `12,34,567` → not ok,
 * because each could mean two different numbers.
 */
export function parseNumberToken(token: string): NumberToken {
  if (PLAIN.test(token)) return finite(Number(token), false);
  if (GROUPED.test(token)) return finite(Number(token.replace(/,/g, '')), true);
  return { ok: false };
}

function finite(value: number, grouped: boolean): NumberToken {
  return Number.isFinite(value) ? { ok: true, value, grouped } : { ok: false };
}

/** Float noise from scaling (1.23 × 10000 = 12300.000000000002) removed: 15 significant digits. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}
