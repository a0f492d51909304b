/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length];
}

/**
 * The known names closest to an unknown one, nearest first (ties in the order
 * given): what a writer most likely meant by `{建会律}` or `{建会率.变动}`.
 * @example closestNames('建会律', ['建会率', '入会率', '年度']) // ['建会率', '入会率', '年度']
 */
export function closestNames(unknown: string, known: readonly string[], count = 3): string[] {
  return known
    .map((name, order) => ({ name, order, distance: editDistance(unknown, name) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map((n) => n.name);
}
