import type ExcelJS from 'exceljs';
// The report sheets look like the template: 宋体, thin grey borders, its head shade; subtotals shaded as computed cells.
import { boldFont, bodyFont, cellBorder, computedFill, headFill } from './template/template-styles.js';

/** A cell of a report sheet: text stays text (never a formula), numbers carry their display format. */
export type SheetValue = string | number | null;

export interface SheetCell {
  value: SheetValue;
  /** Excel number format; display rounding is Excel's, the stored value stays exact. */
  numFmt?: string;
  /** Indent in characters (`其中` rows). */
  indent?: number;
}

export interface SheetRow {
  cells: (SheetValue | SheetCell)[];
  /** Subtotal and total rows are bold and shaded. */
  emphasis?: boolean;
}

export interface TableSheetOptions {
  /** Column widths in characters, one per head column. */
  widths: number[];
  /** Columns right-aligned (numbers); others left. */
  numeric?: boolean[];
  /** Columns frozen on the left besides the head row; printed on every page too. */
  freezeColumns?: number;
  /** How the sheet prints on A4 (see printSetup); by default one page wide, landscape when wide. */
  print?: PrintOptions;
  /** Head row height in points: taller where long heads wrap. */
  headHeight?: number;
  /** Columns whose long text wraps (messages, notes); their rows are made tall enough to show it whole. Others stay one line. */
  wrap?: boolean[];
}

/** Points per line of 宋体 10.5pt, as a row of wrapped text needs. */
const LINE_HEIGHT = 14;

/** Width of a text in the units of a column's width: CJK and full-width characters count two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * Lines the row's wrapped cells take at their column widths: rows are given
 * their height, since neither LibreOffice nor every Excel fits a row to wrapped
 * text on opening a file.
 */
function linesOf(cells: readonly SheetCell[], options: TableSheetOptions): number {
  let lines = 1;
  cells.forEach((c, i) => {
    if (!options.wrap?.[i] || typeof c.value !== 'string') return;
    // A little under the column's width: Excel pads cells and breaks at characters.
    const usable = Math.max(1, Math.floor((options.widths[i] ?? 12) * 0.85));
    lines = Math.max(lines, Math.ceil(textWidth(c.value) / usable));
  });
  return lines;
}

export interface PrintOptions {
  /** Pages side by side the columns may take (the frozen ones repeat on each); 1 by default. */
  pagesWide?: number;
  orientation?: 'portrait' | 'landscape';
  /** Printed on top of every page; the sheet's name by default. */
  title?: string;
}

/** Wider than this many characters, a one-page-wide sheet prints landscape: portrait would shrink it below legibility. */
const PORTRAIT_MAX_CHARACTERS = 100;
/** A4, with the margins the template's own sheet prints with. */
const A4 = 9;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * A4, fit to `pagesWide` pages across and as many down as it takes, the head
 * row (and the frozen columns: the unit's code and name) repeated on every
 * page, the sheet's name on top and page numbers below. Given when the sheet
 * is added: exceljs's streaming writer takes print setup only there.
 */
export function printSetup(widths: readonly number[], freezeColumns: number, print: PrintOptions = {}): Partial<ExcelJS.AddWorksheetOptions> {
  const characters = widths.reduce((a, b) => a + b, 0);
  const orientation = print.orientation ?? (characters > PORTRAIT_MAX_CHARACTERS ? 'landscape' : 'portrait');
  const lastFrozen = freezeColumns > 0 ? String.fromCharCode(64 + freezeColumns) : undefined;
  return {
    pageSetup: {
      paperSize: A4,
      orientation,
      fitToPage: true,
      fitToWidth: print.pagesWide ?? 1,
      fitToHeight: 0,
      margins: MARGINS,
      printTitlesRow: '1:1',
      ...(lastFrozen && (print.pagesWide ?? 1) > 1 ? { printTitlesColumn: `A:${lastFrozen}` } : {}),
    },
    // `&` starts a code in a header; a title's own is doubled.
    headerFooter: { oddHeader: print.title ? `&C${print.title.replace(/&/g, '&&')}` : '&C&A', oddFooter: '&C第 &P 页，共 &N 页' },
  };
}

function asCell(v: SheetValue | SheetCell): SheetCell {
  return v !== null && typeof v === 'object' ? v : { value: v };
}

/**
 * Adds a plain report table: a bold shaded head in row 1 (frozen, filtered),
 * then the rows. Values are written as plain strings or numbers, never as
 * `{ formula }`, so a submitted name beginning with `=` stays text. On
 * exceljs's streaming WorkbookWriter each row is committed as soon as it is
 * written and the sheet when it is done, so a national report never holds
 * its rows as cell objects; on an in-memory workbook committing is a no-op.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  head: string[],
  rows: SheetRow[],
  options: TableSheetOptions,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: options.freezeColumns ?? 0, ySplit: 1 }],
    ...printSetup(options.widths, options.freezeColumns ?? 0, options.print),
  });
  head.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = options.widths[i] ?? 12;
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.font = boldFont;
    cell.fill = headFill;
    cell.border = cellBorder;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(1).height = options.headHeight ?? 30;
  // One style object per look, shared by every cell that has it: exceljs then writes each look once
  // (it remembers style objects it has seen), where a style per cell cost seconds and hundreds of MiB
  // for the tens of thousands of 数据来源 rows of a national merge. No cell's style is changed afterwards.
  const looks = new Map<string, Partial<ExcelJS.Style>>();
  const lookOf = (emphasis: boolean, numFmt: string | undefined, numeric: boolean, indent: number | undefined, wrap: boolean) => {
    const key = `${emphasis ? 1 : 0}|${numeric ? 1 : 0}|${indent ?? ''}|${numFmt ?? ''}|${wrap ? 1 : 0}`;
    let look = looks.get(key);
    if (!look) {
      look = {};
      if (numFmt) look.numFmt = numFmt;
      look.font = emphasis ? boldFont : bodyFont;
      if (emphasis) look.fill = computedFill;
      look.border = cellBorder;
      look.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'middle', indent, ...(wrap ? { wrapText: true } : {}) };
      looks.set(key, look);
    }
    return look;
  };
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  ws.getRow(1).commit();
  rows.forEach((row, r) => {
    const sheetRow = ws.getRow(r + 2);
    const cells = row.cells.map(asCell);
    cells.forEach((spec, c) => {
      const cell = sheetRow.getCell(c + 1);
      // An empty text is an empty cell, as a person would leave it.
      cell.value = spec.value === '' ? null : spec.value;
      cell.style = lookOf(Boolean(row.emphasis), spec.numFmt, options.numeric?.[c] ?? false, spec.indent, options.wrap?.[c] ?? false);
    });
    const lines = options.wrap ? linesOf(cells, options) : 1;
    if (lines > 1) sheetRow.height = lines * LINE_HEIGHT;
    sheetRow.commit();
  });
  // Only the streaming writer's sheets can be committed (the in-memory Worksheet has no such method).
  const streaming = ws as ExcelJS.Worksheet & { commit?: () => void };
  if (typeof streaming.commit === 'function') streaming.commit();
  return ws;
}
