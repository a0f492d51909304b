import { compactCellList } from '../../../core/grid/compact-cell-list.js';

describe('compactCellList', () => {
  test('runs down one column become ranges, in the order given', () => {
    expect(compactCellList(['D8', 'D9', 'D10', 'D12', 'D13', 'E13'])).toBe('D8:D10, D12:D13, E13');
  });

  test('an order that goes back up stays exact (each cell where it is)', () => {
    expect(compactCellList(['D9', 'D8', 'D10', 'D11'])).toBe('D9, D8, D10:D11');
  });

  test('a single cell, nothing, and text that is not an address', () => {
    expect(compactCellList(['AB100'])).toBe('AB100');
    expect(compactCellList([])).toBe('');
    expect(compactCellList(['D8', '', 'D9'])).toBe('D8, , D9');
  });
});
