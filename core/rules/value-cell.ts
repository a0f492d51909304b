import type { Extracted } from '../grid/extracted.js';
import type { ValueColumn } from '../spec/template-spec.js';

/** A1 of an indicator's value cell in a column, if the sheet has it. */
export function valueCell(extracted: Extracted, code: string, column: ValueColumn): string | undefined {
  return extracted.rows[code]?.[column]?.cell;
}

/** The 说明 written on an indicator's row, or null. */
export function rowNote(extracted: Extracted, code: string): string | null {
  return extracted.rows[code]?.note ?? null;
}
