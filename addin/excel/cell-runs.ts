import { a1, parseA1 } from '../../core/grid/address.js';

/** A vertical run of cells in one column: `D5:D7`, or `D5` alone. */
export interface CellRun {
  address: string;
  col: number;
  top: number;
  bottom: number;
  /** The A1 cells of the run, top to bottom. */
  cells: string[];
}

/**
 * Groups A1 cells into vertical runs, so a column of flagged cells is one
 * range in the batch instead of one per cell. A template's issues cluster in
 * the 本年/上年 columns, where this pays.
 * @example cellRuns(['D5', 'D6', 'D7', 'E9']) // → D5:D7, E9
 */
export function cellRuns(cells: readonly string[]): CellRun[] {
  const points = [...new Set(cells)]
    .map((cell) => ({ cell, at: parseA1(cell) }))
    .filter((p): p is { cell: string; at: { row: number; col: number } } => p.at !== undefined)
    .sort((x, y) => x.at.col - y.at.col || x.at.row - y.at.row);
  const runs: CellRun[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.col === p.at.col && last.bottom + 1 === p.at.row) {
      last.bottom = p.at.row;
      last.cells.push(a1(p.at.row, p.at.col));
    } else {
      runs.push({ address: '', col: p.at.col, top: p.at.row, bottom: p.at.row, cells: [a1(p.at.row, p.at.col)] });
    }
  }
  for (const run of runs) {
    run.address = run.top === run.bottom ? a1(run.top, run.col) : `${a1(run.top, run.col)}:${a1(run.bottom, run.col)}`;
  }
  return runs;
}
