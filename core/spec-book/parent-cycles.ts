import type { BookProblems } from './book-problems.js';

export type Where = { sheet: string; cell: string };

/** Each indicator's 上级指标 chain must end: A05 → A07 → A05 is reported once, on the first row of the loop. */
export function parentCycles(parents: Map<string, { parent: string; where: Where }>, problems: BookProblems): void {
  const reported = new Set<string>();
  for (const [start] of parents) {
    const path = [start];
    let at = parents.get(start)?.parent;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = parents.get(at)?.parent;
    }
    if (at === undefined || at !== start || reported.has(start)) continue;
    path.forEach((c) => reported.add(c));
    const where = parents.get(start)!.where;
    problems.add('spec-book.parent-cycle', where.sheet, where.cell, { cycle: [...path, start].join(' → ') });
  }
}
