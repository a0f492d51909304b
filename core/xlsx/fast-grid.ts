import { BLANK, type CellRange, type Grid, type RawCell } from '../grid/grid.js';
import { cellKey, type SheetContent } from './parse-sheet.js';

/** A Grid over one parsed worksheet: a sparse map of cells, nothing else. */
export class FastGrid implements Grid {
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly CellRange[];
  readonly protected: boolean;
  private readonly cells: Map<number, RawCell>;

  constructor(
    readonly sheetName: string,
    content: SheetContent,
  ) {
    this.cells = content.cells;
    this.rowCount = content.rowCount;
    this.colCount = content.colCount;
    this.merges = content.merges;
    this.protected = content.protected;
  }

  cell(row: number, col: number): RawCell {
    if (row < 1 || col < 1 || col > 16384) return BLANK;
    return this.cells.get(cellKey(row, col)) ?? BLANK;
  }

  /** Every non-blank cell (value or formula), row by row, for listing what the reader saw. */
  *usedCells(): IterableIterator<{ row: number; col: number; cell: RawCell }> {
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      yield { row: Math.floor(key / 16384) + 1, col: (key % 16384) + 1, cell: this.cells.get(key) as RawCell };
    }
  }
}
