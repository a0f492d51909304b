/** Edits (insert, delete, substitute, swap two neighbours) between two short strings. */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known codes one edit away from an unknown one (A99 → A09), in spec order,
 * at most three: what the author probably meant.
 * @example suggestCodes('A99', ['A01', 'A09', 'B09']) // ['A09']
 */
export function suggestCodes(code: string, known: readonly string[]): string[] {
  return known.filter((k) => distance(code, k) === 1).slice(0, 3);
}
