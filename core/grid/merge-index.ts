import type { CellRange, Grid } from './grid.js';

export interface MergeIndex {
  /** The merged range that covers (row, col), when there is one. */
  rangeAt(row: number, col: number): CellRange | undefined;
  /** True when (row, col) is inside a merge but not its top-left cell: its own content is hidden. */
  isCovered(row: number, col: number): boolean;
}

const cache = new WeakMap<Grid, MergeIndex>();

/** Merges bucketed by row, built once per grid: extraction asks about every cell it reads. */
export function mergeIndexOf(grid: Grid): MergeIndex {
  let index = cache.get(grid);
  if (!index) {
    index = buildIndex(grid.merges);
    cache.set(grid, index);
  }
  return index;
}

// A merge taller than this (a whole column merged) goes to a list searched every time rather than into buckets.
const MAX_BUCKETED_HEIGHT = 2000;

function buildIndex(merges: readonly CellRange[]): MergeIndex {
  const byRow = new Map<number, CellRange[]>();
  const tall: CellRange[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > MAX_BUCKETED_HEIGHT) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const inside = (m: CellRange, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
  const rangeAt = (row: number, col: number): CellRange | undefined => {
    const list = byRow.get(row);
    if (list) for (const m of list) if (inside(m, row, col)) return m;
    for (const m of tall) if (inside(m, row, col)) return m;
    return undefined;
  };
  return {
    rangeAt,
    isCovered(row, col) {
      const m = rangeAt(row, col);
      return m !== undefined && (m.top !== row || m.left !== col);
    },
  };
}
