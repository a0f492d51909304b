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
