import type ExcelJS from 'exceljs';
import { workbookGridsFromExcelJS } from '../../core/grid/exceljs-grid.js';
import type { WorkbookGrids } from '../../core/grid/grid.js';
import type { AccessCapabilities, CellFill, CellMark, ReportTable, TemplateRead, WorkbookAccess, WriteOutcome } from '../access/workbook-access.js';
import type { SheetView } from './sheet-view.js';

export interface ExcelJSAccessOptions {
  /** The template's sheet name (spec.sheetName). */
  sheetName: string;
  view: SheetView;
  /** Told when the in-memory workbook changed (values filled, report added), to offer a download. */
  onModified?: () => void;
  /** The file as opened, read by the CLI's reader: checked as the federation will check it, until the page changes it. */
  grids?: WorkbookGrids;
  /** The file's name, shown with the time of each check. */
  fileName?: string;
  /** Formula cells of the opened file whose saved result is "" (exceljs loses these; see core/grid). */
  cachedEmptyStrings?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The standalone page's WorkbookAccess. The file is checked and shown from
 * `options.grids` (the bounded reader's) until the user asks the page to
 * change it; only then is it loaded into exceljs (`loadWorkbook`, called once),
 * whose memory follows the file. Highlights and selection live in the page's
 * view of the sheet; filled values and the report go into the in-memory
 * workbook, which the user may download. Nothing is sent anywhere.
 */
export function createExcelJSAccess(loadWorkbook: () => Promise<ExcelJS.Workbook>, options: ExcelJSAccessOptions): WorkbookAccess {
  const { view } = options;
  const capabilities: AccessCapabilities = { highlight: true, fill: true, report: true, liveRecheck: false };

  let grids: WorkbookGrids | undefined;
  let modified = false;
  let loaded: Promise<ExcelJS.Workbook> | undefined;
  const editable = (): Promise<ExcelJS.Workbook> => (loaded ??= loadWorkbook());
  const markModified = () => {
    modified = true;
    options.onModified?.();
  };

  async function readTemplate(sheetName: string = options.sheetName): Promise<TemplateRead> {
    grids = !modified && options.grids ? options.grids : workbookGridsFromExcelJS(await editable(), { cachedEmptyStrings: options.cachedEmptyStrings });
    const sheet = grids.sheetNames.includes(sheetName)
      ? sheetName
      : (grids.sheetNames.find((n) => !grids?.hiddenSheets?.has(n)) ?? grids.sheetNames[0] ?? sheetName);
    const grid = grids.sheet(sheet);
    if (grid) view.show(grid);
    return { grids, sheet, protected: false, ...(options.fileName !== undefined ? { fileName: options.fileName } : {}) };
  }

  async function highlight(marks: readonly CellMark[]): Promise<WriteOutcome> {
    view.setMarks(marks);
    return { done: true, cells: marks.length };
  }

  async function clearHighlights(): Promise<void> {
    view.clearMarks();
  }

  async function select(sheet: string, cell: string): Promise<void> {
    const grid = grids?.sheet(sheet);
    if (grid && view.sheetName !== sheet) view.show(grid);
    view.select(cell);
  }

  async function fillDerived(fills: readonly CellFill[]): Promise<WriteOutcome> {
    const workbook = await editable();
    for (const fill of fills) {
      const ws = workbook.getWorksheet(fill.sheet);
      if (ws) ws.getCell(fill.cell).value = fill.value;
    }
    if (fills.length > 0) markModified();
    return { done: true, cells: fills.length };
  }

  async function writeReport(sheetName: string, table: ReportTable): Promise<WriteOutcome> {
    const workbook = await editable();
    const existing = workbook.getWorksheet(sheetName);
    if (existing) workbook.removeWorksheet(existing.id);
    const ws = workbook.addWorksheet(sheetName);
    for (const row of table) ws.addRow([...row]);
    ws.getRow(1).font = { bold: true };
    markModified();
    return { done: true, cells: table.length };
  }

  return { capabilities, readTemplate, highlight, clearHighlights, select, fillDerived, writeReport };
}
