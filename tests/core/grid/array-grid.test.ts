import { arrayGrid, BLANK, rawOf } from '../../../core/grid/index.js';
import { mergeIndexOf } from '../../../core/grid/merge-index.js';

describe('rawOf', () => {
  it.each([
    [12.5, { value: { type: 'number', value: 12.5 } }],
    ['1,234', { value: { type: 'string', value: '1,234' } }],
    [true, { value: { type: 'boolean', value: true } }],
    ['', { value: { type: 'blank' } }],
    [null, { value: { type: 'blank' } }],
    [undefined, { value: { type: 'blank' } }],
    ['#DIV/0!', { value: { type: 'error', value: '#DIV/0!' } }],
    ['#N/A', { value: { type: 'error', value: '#N/A' } }],
  ] as const)('%j', (value, raw) => {
    expect(rawOf(value)).toEqual(raw);
  });
  it('adds the formula and number format', () => {
    expect(rawOf(0.923, { formula: 'D10/D9', numFmt: '0.0%' })).toEqual({ value: { type: 'number', value: 0.923 }, formula: 'D10/D9', numFmt: '0.0%' });
  });
  it('keeps a text that only starts with # as text', () => {
    expect(rawOf('#3号楼')).toEqual({ value: { type: 'string', value: '#3号楼' } });
  });
});

describe('arrayGrid', () => {
  const grid = arrayGrid('表', [[rawOf('代码'), undefined, rawOf('本年')], [rawOf('A01')]], {
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    protected: true,
  });
  it('is 1-based with row 0 of the array as Excel row 1', () => {
    expect(grid.cell(1, 1)).toEqual(rawOf('代码'));
    expect(grid.cell(1, 3)).toEqual(rawOf('本年'));
    expect(grid.cell(2, 1)).toEqual(rawOf('A01'));
  });
  it('gives a blank cell for holes and anything outside the array', () => {
    expect(grid.cell(1, 2)).toBe(BLANK);
    expect(grid.cell(2, 3)).toBe(BLANK);
    expect(grid.cell(99, 99)).toBe(BLANK);
    expect(grid.cell(0, 1)).toBe(BLANK);
  });
  it('reports its size, merges and protection', () => {
    expect([grid.sheetName, grid.rowCount, grid.colCount, grid.protected]).toEqual(['表', 2, 3, true]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });
});

describe('mergeIndexOf', () => {
  const grid = arrayGrid('表', [[]], {
    merges: [
      { top: 2, left: 2, bottom: 3, right: 4 },
      { top: 1, left: 9, bottom: 5000, right: 9 },
    ],
  });
  const index = mergeIndexOf(grid);
  it('knows the range at a cell and whether the cell is covered', () => {
    expect(index.rangeAt(3, 4)).toEqual({ top: 2, left: 2, bottom: 3, right: 4 });
    expect(index.isCovered(2, 2)).toBe(false);
    expect(index.isCovered(2, 3)).toBe(true);
    expect(index.isCovered(3, 2)).toBe(true);
    expect(index.rangeAt(4, 2)).toBeUndefined();
    expect(index.isCovered(1, 1)).toBe(false);
  });
  it('handles a merge taller than the row buckets', () => {
    expect(index.isCovered(4000, 9)).toBe(true);
    expect(index.isCovered(1, 9)).toBe(false);
  });
  it('is built once per grid', () => {
    expect(mergeIndexOf(grid)).toBe(index);
  });
});
