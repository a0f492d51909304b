import { fromScaledInteger, roundHalfAwayFromZero, toFixedHalfAway, toScaledInteger } from '../../../core/consolidate/index.js';

describe('decimal rounding', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(2.45, 1)).toBe(2.5);
    expect(roundHalfAwayFromZero(-1.25, 1)).toBe(-1.3);
    expect(roundHalfAwayFromZero(-0.04, 1)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), -0)).toBe(false);
    expect(roundHalfAwayFromZero(1234.5, 0)).toBe(1235);
  });

  it('handles exponent forms', () => {
    expect(toFixedHalfAway(1e21, 1)).toBe('1000000000000000000000.0');
    expect(toFixedHalfAway(1.5e-7, 2)).toBe('0.00');
    expect(toFixedHalfAway(5e-7, 6)).toBe('0.000001');
  });

  it('scales to integers of the last decimal place and back exactly', () => {
    expect(toScaledInteger(0.1, 2) + toScaledInteger(0.2, 2)).toBe(30);
    expect(fromScaledInteger(30, 2)).toBe(0.3);
    expect(toScaledInteger(1234.56, 2)).toBe(123456);
    expect(toScaledInteger(-56.78, 2)).toBe(-5678);
  });

  it('refuses what cannot be rounded', () => {
    expect(() => toScaledInteger(Number.NaN, 2)).toThrow(RangeError);
    expect(() => toScaledInteger(1e15, 2)).toThrow(RangeError);
  });
});

describe('toScaledInteger agrees with the exact decimal rounding', () => {
  it('on values at, below and past their decimals', () => {
    const samples = [0, 0.1, 0.2, 0.3, 1.005, 2.675, 1234.56, -56.78, 8.345, 1e-9, 123456789.12, 0.000001, 99.995, -0.005];
    for (const v of samples) {
      for (const d of [0, 1, 2]) {
        expect([v, d, toScaledInteger(v, d)]).toEqual([v, d, Number(toFixedHalfAway(v, d).replace('.', ''))]);
      }
    }
  });
});

/**
 * An independent reference: half away from zero on the digits of the shortest
 * decimal text of the number (what the project's rule means), by hand.
 */
function referenceFixed(value: number, decimals: number): string {
  const negative = value < 0;
  const [mantissa, exp = '0'] = String(Math.abs(value)).split('e');
  const [whole, frac = ''] = mantissa.split('.');
  let digits = whole + frac;
  let point = whole.length + Number(exp);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point + decimals + 1, '0');
  let scaled = BigInt(digits.slice(0, point + decimals) || '0');
  if (Number(digits[point + decimals]) >= 5) scaled += 1n;
  const s = scaled.toString().padStart(decimals + 1, '0');
  const out = decimals > 0 ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return negative && scaled !== 0n ? `-${out}` : out;
}

describe('rounding agrees with a digit-by-digit reference', () => {
  it('on 30,000 values: random, exact ties (…5) and values a hair off a tie', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const digitsOf = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    const values: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 9);
      values.push((random() - 0.3) * magnitude);
      // A tie at d decimals, as a person would type it: 12.345 is a tie at 2 decimals.
      const tie = Number(`${Math.floor(random() * magnitude)}.${digitsOf(Math.floor(random() * 4))}5`);
      values.push(random() < 0.5 ? tie : -tie);
      values.push(tie + (random() < 0.5 ? 1e-9 : -1e-9));
    }
    const wrong: unknown[] = [];
    for (const v of values) {
      for (const d of [0, 1, 2, 3]) {
        const want = referenceFixed(v, d);
        const wantNumber = Number(want) === 0 ? 0 : Number(want);
        if (toFixedHalfAway(v, d) !== want || !Object.is(roundHalfAwayFromZero(v, d), wantNumber)) wrong.push([v, d, want]);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('rounding without BigInt', () => {
  it('carries through nines and keeps huge magnitudes exact', () => {
    expect(toFixedHalfAway(9.995, 2)).toBe('10.00');
    expect(toFixedHalfAway(-999.5, 0)).toBe('-1000');
    expect(toFixedHalfAway(0.5, 0)).toBe('1');
    expect(toFixedHalfAway(0.05, 0)).toBe('0');
    // The shortest decimal text of the double, not its exact binary value, is what is rounded.
    expect(toFixedHalfAway(1e22 + 2 ** 24, 0)).toBe('10000000000000017000000');
    expect(toFixedHalfAway(1.7976931348623157e308, 0)).toBe(`17976931348623157${'0'.repeat(292)}`);
    expect(toFixedHalfAway(-5e-324, 3)).toBe('0.000');
    expect(toScaledInteger(-9007199254740.99, 2)).toBe(-900719925474099);
  });
});
