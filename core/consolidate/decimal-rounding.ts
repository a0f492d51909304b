/**
 * Decimal-safe rounding, half away from zero: the one rounding rule of the
 * project. Works on the number's shortest round-trip decimal form
 * (`String(1.005)` is `"1.005"`), so binary surprises such as
 * `(1.005).toFixed(2) === "1.00"` do not happen.
 */

/**
 * A rounded value in integer units of its last decimal place, as decimal digits: exact at any
 * size without BigInt, which the IE11 and EdgeHTML 18 webviews (Office 2016/2019) lack and whose
 * `10n` literals those engines cannot even parse.
 */
export interface ScaledDecimal {
  readonly negative: boolean;
  /** The magnitude's digits, no leading zeros; `"0"` for zero (never negative). */
  readonly digits: string;
}

interface DecimalParts {
  negative: boolean;
  /** |value| = digits × 10^exponent (digits may have leading zeros) */
  digits: string;
  exponent: number;
}

function decimalParts(value: number): DecimalParts {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  // String() gives the shortest decimal that reads back as the same double, maybe with an exponent.
  const [mantissa, exp = '0'] = String(Math.abs(value)).split('e');
  const [whole, frac = ''] = mantissa.split('.');
  return { negative: value < 0, digits: whole + frac, exponent: Number(exp) - frac.length };
}

function scaledDecimal(negative: boolean, digits: string): ScaledDecimal {
  const magnitude = digits.replace(/^0+/, '') || '0';
  return { negative: negative && magnitude !== '0', digits: magnitude };
}

/** One more than a string of decimal digits: `"199"` → `"200"`, `"99"` → `"100"`. */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charAt(i) === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits.charAt(i)) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * value × 10^decimals rounded half away from zero, as a plain integer, when
 * floating point decides it safely; undefined near a tie (…5) or for large
 * values, where only the decimal digits can. Below 1e9 the product is within
 * ~3e-7 of the exact decimal product, so a fraction more than 1e-6 away from
 * one half rounds the same way either way.
 */
function quickScaled(value: number, decimals: number): number | undefined {
  if (!Number.isFinite(value) || decimals < 0 || decimals > 15) return undefined;
  const product = Math.abs(value) * 10 ** decimals;
  if (product >= 1e9) return undefined;
  const floor = Math.floor(product);
  const fraction = product - floor;
  if (Math.abs(fraction - 0.5) < 1e-6) return undefined;
  const scaled = fraction > 0.5 ? floor + 1 : floor;
  return value < 0 && scaled !== 0 ? -scaled : scaled;
}

/**
 * value × 10^decimals rounded half away from zero, exactly, as decimal digits.
 * @example scaleHalfAway(1.005, 2) // { negative: false, digits: "101" }
 * @example scaleHalfAway(-1.25, 1) // { negative: true, digits: "13" }
 */
export function scaleHalfAway(value: number, decimals: number): ScaledDecimal {
  const quick = quickScaled(value, decimals);
  if (quick !== undefined) return scaledDecimal(quick < 0, String(Math.abs(quick)));
  const { negative, digits, exponent } = decimalParts(value);
  const shift = exponent + decimals;
  if (shift >= 0) return scaledDecimal(negative, digits + '0'.repeat(shift));
  // Drop the last -shift digits; round up when the first dropped one is 5 or more.
  const kept = digits.length + shift;
  if (kept <= 0) return scaledDecimal(negative, kept === 0 && digits.charAt(0) >= '5' ? '1' : '0');
  const whole = digits.slice(0, kept);
  return scaledDecimal(negative, digits.charAt(kept) >= '5' ? incremented(whole) : whole);
}

/** A scaled decimal back to a fixed-point string: `("101", 2)` → `"1.01"`; never `"-0.0"`. */
export function scaledToFixed(scaled: ScaledDecimal, decimals: number): string {
  const digits = scaled.digits.padStart(decimals + 1, '0');
  const whole = decimals > 0 ? digits.slice(0, -decimals) : digits;
  const frac = decimals > 0 ? `.${digits.slice(-decimals)}` : '';
  return `${scaled.negative ? '-' : ''}${whole}${frac}`;
}

/**
 * Fixed-point text rounded half away from zero (no grouping).
 * @example toFixedHalfAway(1.005, 2) // "1.01"
 * @example toFixedHalfAway(2.45, 1) // "2.5"
 * @example toFixedHalfAway(-0.04, 1) // "0.0"
 */
export function toFixedHalfAway(value: number, decimals: number): string {
  return scaledToFixed(scaleHalfAway(value, decimals), decimals);
}

/**
 * The number rounded half away from zero to `decimals` places (the nearest double to that decimal).
 * @example roundHalfAwayFromZero(-1.25, 1) // -1.3
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  // One correctly rounded division gives the double nearest the decimal, as Number() of its text would.
  const quick = quickScaled(value, decimals);
  if (quick !== undefined) return quick === 0 ? 0 : quick / 10 ** decimals;
  const rounded = Number(toFixedHalfAway(value, decimals));
  return rounded === 0 ? 0 : rounded; // no -0
}

/**
 * The value in integer units of its last decimal place (万元 with 2 decimals → hundredths), for
 * exact sums. Throws past Number.MAX_SAFE_INTEGER (a programmer error: no union figure gets there).
 * @example toScaledInteger(0.1, 2) + toScaledInteger(0.2, 2) // 30
 */
export function toScaledInteger(value: number, decimals: number): number {
  // Fast path for the usual case, a value with no more decimals than asked: its product lands
  // within float noise of the integer, where half-away rounding cannot disagree with Math.round.
  const product = value * 10 ** decimals;
  const nearest = Math.round(product);
  if (Math.abs(product) < 2 ** 52 && Math.abs(product - nearest) < 1e-6) return nearest === 0 ? 0 : nearest;
  const scaled = scaleHalfAway(value, decimals);
  // Any integer past MAX_SAFE_INTEGER reads back as at least 2^53, so this comparison is exact.
  const magnitude = Number(scaled.digits);
  if (magnitude > Number.MAX_SAFE_INTEGER) throw new RangeError(`${value} is too large to sum exactly at ${decimals} decimals`);
  return magnitude === 0 ? 0 : scaled.negative ? -magnitude : magnitude;
}

/**
 * Back from integer units: one correctly rounded division, so `fromScaledInteger(30, 2) === 0.3`.
 * @example fromScaledInteger(123456, 2) // 1234.56
 */
export function fromScaledInteger(scaled: number, decimals: number): number {
  const value = scaled / 10 ** decimals;
  return value === 0 ? 0 : value;
}
