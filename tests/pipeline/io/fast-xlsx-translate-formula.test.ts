import { translateFormula } from '../../../core/xlsx/translate-formula.js';

describe('translateFormula (shared formulas moved from their anchor)', () => {
  test('relative parts move, $-anchored parts stay', () => {
    expect(translateFormula('A2*2', 3, 0)).toBe('A5*2');
    expect(translateFormula('A2*2+$B$1', 3, 1)).toBe('B5*2+$B$1');
    expect(translateFormula('B$1', 2, 2)).toBe('D$1');
    expect(translateFormula('$A1', 2, 2)).toBe('$A3');
    expect(translateFormula('SUM(D9:D12)', 0, 1)).toBe('SUM(E9:E12)');
    expect(translateFormula('A1', 0, 0)).toBe('A1');
  });

  test('function names, sheet names, strings and numbers are not references', () => {
    expect(translateFormula('LOG10(ABS(A1)+1)', 1, 0)).toBe('LOG10(ABS(A2)+1)');
    expect(translateFormula('Sheet1!A2+\'表 2\'!B3', 1, 0)).toBe('Sheet1!A3+\'表 2\'!B4');
    expect(translateFormula('IF(A1="A1","B2",1.5E3)', 1, 1)).toBe('IF(B2="A1","B2",1.5E3)');
    expect(translateFormula('OneRange+B1', 1, 0)).toBe('OneRange+B2');
    expect(translateFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
  });

  test('a reference moved off the sheet becomes #REF!', () => {
    expect(translateFormula('A1', -1, 0)).toBe('#REF!');
  });
});
