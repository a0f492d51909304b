import type { WorkbookGrids } from '../../core/grid/index.js';

/** Which colour a highlighted cell gets: hard (强制性) or open soft (提示性) issues. */
export type MarkSeverity = 'hard' | 'soft';

/** One cell to highlight, A1 within `sheet`. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: MarkSeverity;
}

/** One computed value to write into a cell the user left empty. */
export interface CellFill {
  sheet: string;
  cell: string;
  value: number;
}

/** What a read of the workbook gives the task pane. */
export interface TemplateRead {
  grids: WorkbookGrids;
  /** The sheet that was read as the template candidate. */
  sheet: string;
  /** True when the sheet is protected: it is checked all the same, and never unprotected. */
  protected: boolean;
  /** The workbook's file name, where the host knows it (shown with the time of the check). */
  fileName?: string;
}

/** How a write went: done (with how many cells), or refused because the sheet or workbook is protected. */
export type WriteOutcome = { done: true; cells: number } | { done: false; reason: 'protected' };

/** The 审核结果 sheet as rows of text, first row the heads. */
export type ReportTable = readonly (readonly string[])[];

/** What this workbook host can do beyond reading (the page cannot select in Excel, old Office cannot listen). */
export interface AccessCapabilities {
  highlight: boolean;
  fill: boolean;
  report: boolean;
  /** Re-check on edit (worksheet onChanged, ExcelApi 1.7). */
  liveRecheck: boolean;
}

/**
 * The one seam between the task pane UI and a workbook. The Excel adapter
 * (addin/excel) implements it over office-js, the standalone page (addin/page)
 * over exceljs in the browser, and tests with a fake.
 */
export interface WorkbookAccess {
  readonly capabilities: AccessCapabilities;
  /**
   * Reads the template sheet: `sheetName` when given (the spec the workbook carries names it), else the adapter's own;
   * and, for a template of several tables, the other tables' sheets (those the workbook has).
   */
  readTemplate(sheetName?: string, tableSheets?: readonly string[]): Promise<TemplateRead>;
  /** Replaces the previous highlights by these marks (restoring what was under the old ones). */
  highlight(marks: readonly CellMark[]): Promise<WriteOutcome>;
  /** Restores the cells this add-in highlighted; leaves every other format alone. */
  clearHighlights(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /** Writes (or rewrites) the 审核结果 sheet. */
  writeReport(sheetName: string, table: ReportTable): Promise<WriteOutcome>;
  /** Writes computed values into the cells the user left empty. */
  fillDerived(fills: readonly CellFill[]): Promise<WriteOutcome>;
  /** Calls back (debounced by the caller) when the template sheet's data changes; returns an unsubscribe. */
  onChanged?(handler: () => void): Promise<() => Promise<void>>;
}
