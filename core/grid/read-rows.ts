import type { CellNote } from '../cells/cell-reading.js';
import { readCell } from '../cells/read-cell.js';
import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Indicator } from '../spec/template-spec.js';
import { a1 } from './address.js';
import { cellText } from './cell-text.js';
import type { ExtractedRow, ExtractedValue } from './extracted.js';
import type { TableHead } from './find-table.js';
import type { Grid } from './grid.js';
import { mergeIndexOf, type MergeIndex } from './merge-index.js';
import { normaliseCode } from './normalise-label.js';
import type { PreparedSpec } from './prepared-spec.js';

/** A code cell that looks like an indicator code (`A10`, `D1`) but is not in the spec is worth a word. */
const CODE_LIKE = /^[A-Z]{1,2}[0-9]{1,3}$/;
/** Sheets formatted down to row 1048576 are common: stop after this many rows without a code. */
const MAX_BLANK_CODE_ROWS = 200;
const VALUE_COLUMNS = ['current', 'prior', 'change'] as const;

export interface ReadRowsResult {
  rows: Record<string, ExtractedRow>;
  issues: Issue[];
  /** The last row that held a spec code (the head row when none did). */
  lastRow: number;
}

/**
 * Rows below the head row by their 代码, in any order: each value cell read
 * with readCell for the indicator's kind, each cell note turned into an issue
 * at that cell. Duplicates and merged value cells are refused; unknown rows are
 * ignored, with a soft word when they look like a code.
 */
/** One table of several: its own codes are read; another table's code found here is named with its table. */
export interface TableCodes {
  codes: ReadonlySet<string>;
  elsewhere: (code: string) => { title: string; titleEn: string; sheetName: string } | undefined;
}

export function readRows(grid: Grid, prepared: PreparedSpec, head: TableHead, only?: TableCodes): ReadRowsResult {
  const sheet = grid.sheetName;
  const merges = mergeIndexOf(grid);
  const codeCol = head.columns.code as number;
  const rows: Record<string, ExtractedRow> = {};
  const issues: Issue[] = [];
  let lastRow = head.headRow;
  let blankRun = 0;

  for (let r = head.headRow + 1; r <= grid.rowCount && blankRun < MAX_BLANK_CODE_ROWS; r++) {
    const typed = cellText(grid.cell(r, codeCol));
    if (typed === '') {
      blankRun++;
      continue;
    }
    blankRun = 0;
    const code = normaliseCode(typed);
    const codeCell = a1(r, codeCol);
    // Another table's code on this sheet is not this table's row: not read, and said where it belongs.
    const other = only && !only.codes.has(code) ? only.elsewhere(code) : undefined;
    if (other) {
      issues.push(makeIssue({ code: 'table.row-elsewhere', severity: 'soft', column: 'table', sheet, cell: codeCell, values: { code, table: other.title, tableEn: other.titleEn, expected: other.sheetName } }));
      continue;
    }
    const indicator = prepared.indicatorByCode.get(code);
    if (!indicator) {
      if (CODE_LIKE.test(code)) {
        issues.push(makeIssue({ code: 'structure.unknown-row', severity: 'soft', column: 'table', sheet, cell: codeCell, values: { code: typed } }));
      }
      continue;
    }
    const first = rows[code];
    if (first) {
      issues.push(
        makeIssue({
          code: 'structure.duplicate-row',
          severity: 'hard',
          indicator: code,
          column: 'table',
          sheet,
          cell: codeCell,
          related: [a1(first.row, codeCol)],
          values: { code, row: r, firstRow: first.row },
        }),
      );
      continue;
    }
    rows[code] = readRow(grid, merges, head, indicator, r, issues);
    lastRow = r;
  }
  return { rows, issues, lastRow };
}

function readRow(grid: Grid, merges: MergeIndex, head: TableHead, indicator: Indicator, r: number, issues: Issue[]): ExtractedRow {
  const { columns } = head;
  const values: Partial<Record<(typeof VALUE_COLUMNS)[number], ExtractedValue>> = {};
  for (const column of VALUE_COLUMNS) {
    const col = columns[column];
    if (col === undefined) continue;
    values[column] = readValue(grid, merges, indicator, column, r, col, issues);
  }
  const noteCol = columns.note;
  const noteText = noteCol === undefined ? '' : noteTextAt(grid, merges, r, noteCol);
  const nameText = columns.name === undefined ? '' : cellText(grid.cell(r, columns.name));
  return {
    code: indicator.code,
    row: r,
    ...(nameText ? { name: nameText } : {}),
    current: values.current as ExtractedValue,
    ...(values.prior ? { prior: values.prior } : {}),
    ...(values.change ? { change: values.change } : {}),
    note: noteText === '' ? null : noteText,
    ...(noteCol !== undefined ? { noteCell: a1(r, noteCol) } : {}),
  };
}

function readValue(
  grid: Grid,
  merges: MergeIndex,
  indicator: Indicator,
  column: (typeof VALUE_COLUMNS)[number],
  r: number,
  col: number,
  issues: Issue[],
): ExtractedValue {
  const sheet = grid.sheetName;
  const cell = a1(r, col);
  const range = merges.rangeAt(r, col);
  if (range && (range.top !== r || range.left !== col)) {
    // The cell shows its merge's value, which belongs to another cell: reading it here would count it twice.
    const topLeft = a1(range.top, range.left);
    issues.push(
      makeIssue({
        code: 'structure.merged-value-cell',
        severity: 'hard',
        indicator: indicator.code,
        column,
        sheet,
        cell,
        related: [topLeft],
        values: { range: `${topLeft}:${a1(range.bottom, range.right)}`, topLeft },
      }),
    );
    return { reading: { state: 'invalid', text: cellText(grid.cell(range.top, range.left)) }, notes: [], row: r, col, cell };
  }
  const raw = grid.cell(r, col);
  const read = readCell(raw, indicator.kind);
  const { reading } = read;
  // 增减 is recomputed from 本年 and 上年, never read as data: what is wrong there is worth a word, not a refusal.
  // Likewise a rate's own formula: the rate is recomputed from its parts. An error there is the parts' fault (text
  // in a part), so the word points there; a formula never calculated is the workbook's, gathered into one word later.
  const derivedFormula = indicator.derive !== undefined && raw.formula !== undefined;
  const notes: CellNote[] =
    derivedFormula && reading.state === 'error'
      ? [{ code: 'cell.derived-formula-unreadable', severity: 'soft', params: { text: reading.error } }]
      : derivedFormula || column === 'change'
          ? read.notes.map((n) => ({ ...n, severity: 'soft' as const }))
        : read.notes;
  for (const note of notes) {
    issues.push(makeIssue({ code: note.code, severity: note.severity, indicator: indicator.code, column, sheet, cell, values: note.params }));
  }
  return { reading, notes, row: r, col, cell, ...(raw.formula !== undefined ? { formula: raw.formula } : {}) };
}

/** One 说明 merged over several rows explains each of them. */
function noteTextAt(grid: Grid, merges: MergeIndex, r: number, col: number): string {
  const range = merges.rangeAt(r, col);
  return range ? cellText(grid.cell(range.top, range.left)) : cellText(grid.cell(r, col));
}
