import type { CellNote, CellReading } from '../cells/cell-reading.js';
import type { Issue } from '../issues/issue.js';
import type { ColumnKey, HeaderFieldKey } from '../spec/template-spec.js';
import type { ReadPrefill } from '../prefill/prefilled-unit.js';
import type { EmbeddedSpecCells } from '../spec/embedded-spec-format.js';

/** One value cell of the table, read and typed. */
export interface ExtractedValue {
  reading: CellReading;
  notes: CellNote[];
  row: number;
  col: number;
  /** A1 within the sheet. */
  cell: string;
  /** Whether the cell holds a formula (the template's derived cells do). */
  formula?: string;
}

export interface ExtractedRow {
  code: string;
  /** The sheet of a table other than the first (a template of several tables); absent on the first table's sheet. */
  sheet?: string;
  row: number;
  /** The name as written in the sheet (to spot a row whose code and name disagree). */
  name?: string;
  current: ExtractedValue;
  prior?: ExtractedValue;
  change?: ExtractedValue;
  /** The 说明 text, trimmed; null when blank. */
  note: string | null;
  noteCell?: string;
}

export interface ExtractedHeaderField {
  key: HeaderFieldKey;
  /** The text of the value cell, trimmed; null when blank. */
  text: string | null;
  /** A1 of the value cell (beside or below the label). */
  cell?: string;
  labelCell: string;
}

export interface TemplateMeta {
  templateId: string;
  version: number;
  fingerprint?: string;
  /** The spec the template was made from, still encoded (see core/spec/decode-embedded-spec); absent in older templates. */
  embedded?: EmbeddedSpecCells;
  /** The unit and last year's figures a pre-filled template was made with (see core/prefill). */
  prefill?: ReadPrefill;
}

/** Where one table of a template of several was read (see core/spec/spec-tables). */
export interface ExtractedTable {
  id: string;
  sheet: string;
  headRow: number;
}

/** A template sheet as extracted: where everything is, and what each cell means. */
export interface Extracted {
  /** The (first) table's sheet, with the header block. */
  sheet: string;
  /** Every table found, in spec order, when the template has several (absent for one table). */
  tables?: ExtractedTable[];
  meta?: TemplateMeta;
  header: Partial<Record<HeaderFieldKey, ExtractedHeaderField>>;
  /** Parsed header values; undefined when missing or unreadable (an issue says which). */
  unitCode?: string;
  unitName?: string;
  year?: number;
  period?: 'annual' | 'half';
  headRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Rows by indicator code. A code the spec has but the sheet lacks is absent (and an issue). */
  rows: Record<string, ExtractedRow>;
  /** What extraction found: structural problems and every cell note, as issues. */
  issues: Issue[];
}

export type ExtractResult =
  | { ok: true; extracted: Extracted }
  /** Not a template of this spec (or no readable table): the issues say why. */
  | { ok: false; issues: Issue[] };
