import { cellRuns } from '../../addin/excel/cell-runs.js';

describe('cellRuns', () => {
  it('groups cells into vertical runs per column, in column then row order', () => {
    expect(cellRuns(['D7', 'E9', 'D5', 'D6', 'D9', 'E10']).map((r) => r.address)).toEqual(['D5:D7', 'D9', 'E9:E10']);
  });

  it('keeps each run’s cells, drops duplicates, and ignores what is not A1', () => {
    const runs = cellRuns(['AA3', 'AA2', 'AA2', 'Sheet!x']);
    expect(runs).toEqual([{ address: 'AA2:AA3', col: 27, top: 2, bottom: 3, cells: ['AA2', 'AA3'] }]);
  });

  it('gives nothing for no cells', () => {
    expect(cellRuns([])).toEqual([]);
  });
});
