import type { Severity } from '../spec/template-spec.js';

/** What a cell means once read: a number, or one of the states that are not a number. */
export type CellReading =
  | { state: 'number'; value: number }
  /** Nothing in the cell. Not the same as 0. */
  | { state: 'empty' }
  /** An explicit none typed by a person: `—`, `-`, `无`, `/`. Counts as zero in sums, but is not 0. */
  | { state: 'none'; marker: string }
  /** A formula whose result was never saved: unknown until the file is re-saved in Excel. */
  | { state: 'uncached'; formula: string }
  /** An Excel error value such as `#DIV/0!`. */
  | { state: 'error'; error: string }
  /** Something that cannot be read as a number without guessing; `text` is what the cell showed. */
  | { state: 'invalid'; text: string };

/** Stable codes of what cell reading assumed (soft) or refused (hard). Messages live in core/messages. */
export const CELL_NOTE_CODES = [
  // soft: read, and said so
  'cell.number-as-text',
  'cell.thousands-separator',
  'cell.full-width',
  'cell.trimmed',
  'cell.percent-text',
  'cell.percent-format',
  'cell.wan-scaled',
  'cell.none-marker',
  // hard: refused
  'cell.uncached-formula',
  'cell.error-value',
  'cell.approximate',
  'cell.multiple-numbers',
  'cell.not-a-number',
  'cell.date',
  'cell.boolean',
  'cell.percent-not-rate',
  // added with readCell: a unit word typed after the number, and refusals of ambiguous separators and 万/元
  'cell.unit-text',
  'cell.ambiguous-separator',
  'cell.wan-ambiguous',
  'cell.yuan-not-wan',
  'cell.unit-mismatch',
  'cell.derived-formula-unreadable',
] as const;
export type CellNoteCode = (typeof CELL_NOTE_CODES)[number];

export interface CellNote {
  code: CellNoteCode;
  severity: Severity;
  /** Machine-readable values for the message placeholders, e.g. { text: '1.2万', value: 12000 }. */
  params: Record<string, string | number>;
}

export interface ReadCellResult {
  reading: CellReading;
  notes: CellNote[];
}
