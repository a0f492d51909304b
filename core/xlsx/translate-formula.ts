import { columnLetters, columnNumber } from '../grid/address.js';

/**
 * Moves a shared formula from its anchor cell to another cell of its range, as
 * Excel does: relative references shift by (rows, cols), `$`-anchored parts do
 * not. String literals and quoted sheet names are left alone; a token followed
 * by `(` is a function name (`LOG10(`), not a reference.
 *
 * @example
 * translateFormula('A2*2+$B$1', 3, 1) // 'B5*2+$B$1'
 */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal: "" (or '') inside escapes the quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const match = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)/.exec(formula.slice(i, i + 12));
    const before = i > 0 ? formula[i - 1] : '';
    if (match && !/[A-Za-z0-9_.]/.test(before)) {
      const after = formula[i + match[0].length] ?? '';
      if (!/[A-Za-z0-9_(!]/.test(after)) {
        const [whole, colAbs, letters, rowAbs, digits] = match;
        const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
        const row = rowAbs ? Number(digits) : Number(digits) + rows;
        out += col >= 1 && row >= 1 ? `${colAbs}${columnLetters(col)}${rowAbs}${row}` : '#REF!';
        i += whole.length;
        continue;
      }
    }
    // Copy a whole name (letters, digits, dots) at once so its tail is not taken for a reference.
    const word = /^[A-Za-z0-9_.]+/.exec(formula.slice(i));
    if (word) {
      out += word[0];
      i += word[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
