/// <reference types="office-js" />
import { a1 } from '../../core/grid/address.js';
import type { RawCell } from '../../core/grid/grid.js';
import { loadedGrid, loadedScalar } from './office-errors.js';
import { rawCellFromOffice, type OfficeValueType } from './office-cell.js';

/** Properties of one read: all ExcelApi 1.1. */
const CELL_PROPERTIES = 'values,formulas,numberFormat,valueTypes';

/**
 * Cells per request. Excel on the web refuses responses over 5 MB; four
 * arrays per cell at up to ~250 bytes each stays well under it. Desktop
 * Excel has no such limit, so a normal template is always one request.
 */
export const DEFAULT_MAX_CELLS_PER_REQUEST = 20_000;

/** The used range's position, loaded in the first round trip. */
export interface UsedRangeShape {
  /** 0-based, as office-js gives them. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export function queueUsedRangeShape(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return used;
}

export function takeUsedRangeShape(used: Excel.Range): UsedRangeShape {
  return {
    rowIndex: loadedScalar<number>(used.rowIndex, 'number', 'usedRange.rowIndex'),
    columnIndex: loadedScalar<number>(used.columnIndex, 'number', 'usedRange.columnIndex'),
    rowCount: loadedScalar<number>(used.rowCount, 'number', 'usedRange.rowCount'),
    columnCount: loadedScalar<number>(used.columnCount, 'number', 'usedRange.columnCount'),
  };
}

/** A block of rows queued for loading. */
export interface QueuedBlock {
  range: Excel.Range;
  /** 1-based top row and left column of the block. */
  top: number;
  left: number;
}

/** Splits the used range into row blocks of at most `maxCells` cells each. */
export function blockAddresses(shape: UsedRangeShape, maxCells: number): { address: string; top: number; left: number }[] {
  const left = shape.columnIndex + 1;
  const right = shape.columnIndex + shape.columnCount;
  const first = shape.rowIndex + 1;
  const last = shape.rowIndex + shape.rowCount;
  const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, shape.columnCount)));
  const blocks: { address: string; top: number; left: number }[] = [];
  for (let top = first; top <= last; top += rowsPerBlock) {
    const bottom = Math.min(last, top + rowsPerBlock - 1);
    blocks.push({ address: `${a1(top, left)}:${a1(bottom, right)}`, top, left });
  }
  return blocks;
}

export function queueBlock(sheet: Excel.Worksheet, block: { address: string; top: number; left: number }): QueuedBlock {
  const range = sheet.getRange(block.address);
  range.load(CELL_PROPERTIES);
  return { range, top: block.top, left: block.left };
}

/** Puts a loaded block into `rows` (index 0 = row 1), building each RawCell. */
export function takeBlock(block: QueuedBlock, rows: (RawCell | undefined)[][]): void {
  const values = loadedGrid(block.range.values, 'range.values');
  const formulas = loadedGrid(block.range.formulas, 'range.formulas');
  const formats = loadedGrid(block.range.numberFormat, 'range.numberFormat');
  const types = loadedGrid(block.range.valueTypes, 'range.valueTypes');
  values.forEach((line, r) => {
    const rowIndex = block.top - 1 + r;
    const row = (rows[rowIndex] ??= []);
    line.forEach((value, c) => {
      const cell = rawCellFromOffice(value, formulas[r]?.[c], formats[r]?.[c], types[r]?.[c] as OfficeValueType | undefined);
      if (cell.value.type !== 'blank' || cell.formula) row[block.left - 1 + c] = cell;
    });
  });
}
