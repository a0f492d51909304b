import type { Extracted } from '../grid/extracted.js';
import type { ValueColumn } from '../spec/template-spec.js';

/**
 * A1 of an indicator's value cell in a column, if the sheet has it; `sheet!A1`
 * when the row is on another table's sheet than the first (a cross-table
 * rule's related cells say where they are).
 */
export function valueCell(extracted: Extracted, code: string, column: ValueColumn): string | undefined {
  const row = extracted.rows[code];
  const cell = row?.[column]?.cell;
  return cell !== undefined && row?.sheet !== undefined ? `${row.sheet}!${cell}` : cell;
}

/** The sheet an indicator's row is on. */
export function rowSheet(extracted: Extracted, code: string | undefined): string {
  return (code !== undefined ? extracted.rows[code]?.sheet : undefined) ?? extracted.sheet;
}

/**
 * A cell as valueCell gives it, placed for an issue on `sheet`: the same
 * sheet's cells plain (A1), another sheet's qualified (`表一!D10`).
 */
export function cellOnSheet(extracted: Extracted, cell: string, sheet: string): string {
  const bang = cell.lastIndexOf('!');
  const own = bang < 0 ? extracted.sheet : cell.slice(0, bang);
  const a1 = bang < 0 ? cell : cell.slice(bang + 1);
  return own === sheet ? a1 : `${own}!${a1}`;
}

/** The 说明 written on an indicator's row, or null. */
export function rowNote(extracted: Extracted, code: string): string | null {
  return extracted.rows[code]?.note ?? null;
}
