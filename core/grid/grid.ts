/**
 * The one view of a worksheet the core reads. Adapters implement it over
 * office-js ranges (addin/excel), exceljs sheets and the fast reader
 * (pipeline/io). Rows and columns are 1-based, as in Excel.
 */

/** A cell as the file holds it, before any interpretation. */
export type RawValue =
  | { type: 'blank' }
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  /** Excel serial date number (1900 date system); adapters that get a Date convert it. */
  | { type: 'date'; serial: number }
  /** An error value such as `#DIV/0!`, `#REF!`, `#N/A`. */
  | { type: 'error'; value: string };

export interface RawCell {
  value: RawValue;
  /** The formula without the leading `=`, when the cell holds one. */
  formula?: string;
  /**
   * True when the cell is a formula whose result was never saved (files written
   * by scripts, some exporters): the value is then unknown, not blank and not 0.
   */
  uncachedFormula?: boolean;
  /** Number format code, e.g. `0.0%`, `yyyy-mm-dd`, `General`. */
  numFmt?: string;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  readonly sheetName: string;
  /** Last used row and column (1-based); 0 when the sheet is empty. */
  readonly rowCount: number;
  readonly colCount: number;
  /** The cell at (row, col); a blank cell for anything outside the used range. */
  cell(row: number, col: number): RawCell;
  /** Merged ranges; the value sits in the top-left cell. */
  readonly merges: readonly CellRange[];
  /** Whether the sheet is protected (the add-in must then not format it). */
  readonly protected?: boolean;
}

/** A workbook is a list of sheets; only the ones asked for need to be materialised. */
export interface WorkbookGrids {
  readonly sheetNames: readonly string[];
  /** Hidden state per sheet name, when the reader knows it. */
  readonly hiddenSheets?: ReadonlySet<string>;
  sheet(name: string): Grid | undefined;
}

export const BLANK: RawCell = Object.freeze({ value: Object.freeze({ type: 'blank' }) }) as RawCell;
