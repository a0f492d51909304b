import type { CellRange } from './grid.js';

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1, AB → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (5, 4) → `D5`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `D5` → { row: 5, col: 4 }; undefined when it is not an A1 address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** `Sheet1!A1:B2` or `A1:B2` to a CellRange. */
export function rangeOfAddress(address: string): CellRange | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = local.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
