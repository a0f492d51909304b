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
  /** Columns frozen on the left besides the head row. */
  freezeColumns?: number;
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
  ws.getRow(1).height = 30;
  // One style object per look, shared by every cell that has it: exceljs then writes each look once
  // (it remembers style objects it has seen), where a style per cell cost seconds and hundreds of MiB
  // for the tens of thousands of 数据来源 rows of a national merge. No cell's style is changed afterwards.
  const looks = new Map<string, Partial<ExcelJS.Style>>();
  const lookOf = (emphasis: boolean, numFmt: string | undefined, numeric: boolean, indent: number | undefined) => {
    const key = `${emphasis ? 1 : 0}|${numeric ? 1 : 0}|${indent ?? ''}|${numFmt ?? ''}`;
    let look = looks.get(key);
    if (!look) {
      look = {};
      if (numFmt) look.numFmt = numFmt;
      look.font = emphasis ? boldFont : bodyFont;
      if (emphasis) look.fill = computedFill;
      look.border = cellBorder;
      look.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'middle', indent };
      looks.set(key, look);
    }
    return look;
  };
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  ws.getRow(1).commit();
  rows.forEach((row, r) => {
    const sheetRow = ws.getRow(r + 2);
    row.cells.forEach((raw, c) => {
      const spec = asCell(raw);
      const cell = sheetRow.getCell(c + 1);
      // An empty text is an empty cell, as a person would leave it.
      cell.value = spec.value === '' ? null : spec.value;
      cell.style = lookOf(Boolean(row.emphasis), spec.numFmt, options.numeric?.[c] ?? false, spec.indent);
    });
    sheetRow.commit();
  });
  // Only the streaming writer's sheets can be committed (the in-memory Worksheet has no such method).
  const streaming = ws as ExcelJS.Worksheet & { commit?: () => void };
  if (typeof streaming.commit === 'function') streaming.commit();
  return ws;
}
