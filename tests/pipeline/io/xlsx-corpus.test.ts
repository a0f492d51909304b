import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { a1, columnLetters, parseA1 } from '../../../core/grid/address.js';
import type { Grid, RawCell, WorkbookGrids } from '../../../core/grid/grid.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { CORPUS_EXPECTED } from '../../fixtures/corpus-expected.js';
import { XLSX_CORPUS } from '../../support/shared-corpus.js';

const CORPUS = XLSX_CORPUS;
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')).sort();

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, file)));
}

function readFast(file: string): WorkbookGrids {
  const result = readWorkbookFast(bytesOf(file), file, undefined, { preload: 'all' });
  if (!result.ok) throw new Error(`${file}: refused with ${result.issue.code}: ${result.issue.message.en}`);
  return result.workbook;
}

test('the expectations cover every file of the corpus', () => {
  expect(files.length).toBeGreaterThanOrEqual(33);
  expect(Object.keys(CORPUS_EXPECTED).sort()).toEqual(files);
});

describe.each(files)('fast reader on %s', (file) => {
  const expected = CORPUS_EXPECTED[file];

  test('reads it without throwing, with the values verified from the XML', () => {
    const workbook = readFast(file);
    expect(workbook.sheetNames).toEqual(expected.sheets);
    expect([...(workbook.hiddenSheets ?? [])].sort()).toEqual([...(expected.hidden ?? [])].sort());
    for (const [ref, cell] of Object.entries(expected.cells)) {
      const bang = ref.lastIndexOf('!');
      const at = parseA1(ref.slice(bang + 1));
      if (!at) throw new Error(`bad address ${ref}`);
      const grid = workbook.sheet(ref.slice(0, bang));
      expect({ ref, cell: grid?.cell(at.row, at.col) }).toEqual({ ref, cell });
    }
    for (const [sheet, ranges] of Object.entries(expected.merges ?? {})) {
      const merges = (workbook.sheet(sheet) as Grid).merges.map((m) => `${a1(m.top, m.left)}:${columnLetters(m.right)}${m.bottom}`);
      expect(merges).toEqual(ranges);
    }
    for (const [sheet, [rows, cols]] of Object.entries(expected.extent ?? {})) {
      const grid = workbook.sheet(sheet) as Grid;
      expect({ sheet, rows: grid.rowCount, cols: grid.colCount }).toEqual({ sheet, rows, cols });
    }
  });
});

/**
 * Where exceljs 4.4 (through the project's adapter) and the fast reader
 * disagree, each case checked against the XML; the fast reader is right in
 * every one of them.
 */
const EXCELJS_REFUSES: Record<string, string> = {
  'inlineStr_with_value.xlsx': 'D2 holds both <v> and <is>; exceljs crashes ("Cannot create property \'richText\' on string")',
  'richtext-namespaced.xlsx': 'x:-prefixed workbook.xml; exceljs finds no sheet records and crashes',
  'table_with_absolute_paths.xlsx': 'absolute target /xl/worksheets/sheet1.xml; exceljs cannot resolve the sheet and crashes',
};

/** Cells exceljs reads wrongly, with the value the XML holds (which the fast reader gives). */
const EXCELJS_WRONG_CELLS: Record<string, { cells: string[]; reason: string }> = {
  'date_iso.xlsx': {
    cells: ['Sheet!A1', 'Sheet!A2', 'Sheet!A3'],
    reason: 't="d" ISO dates: exceljs parseFloat()s `2021-01-01` into serial 2021 (and `10:10:10` into 10)',
  },
  'has_x000D_inline.xlsx': {
    cells: ['Sheet1!A1'],
    reason: 'exceljs does not decode the `_x000D_` escape in inline strings and returns the escape itself',
  },
  'issue_419.xlsx': {
    cells: ['Sheet1!A1'],
    reason: 'exceljs looks for xl/sharedStrings.xml case-sensitively, misses xl/SharedStrings.xml and reads the index 0 as the number 0',
  },
};

/** exceljs lists no sheet at all: workbook.xml names the relationship `ns:id`, exceljs only knows `r:id`. */
const EXCELJS_NO_SHEETS = new Set(['nonstandard-xml-ns-prefix.xlsx']);

/**
 * Differences of representation, not of value, normalised before comparing:
 * - exceljs turns a number with a date format into a Date (the adapter then
 *   says `date`); the fast reader keeps `number` + numFmt for the cell reader.
 * - exceljs drops the backslash escapes of a format code (`yyyy\-mm\-dd` →
 *   `yyyy-mm-dd`) and reports a custom format spelled `General`; the fast
 *   reader gives the code as the file has it and leaves General out.
 * - exceljs keeps the number format of a styled empty cell; a blank has no
 *   value to format, the fast reader does not keep it.
 */
function normalise(cell: RawCell): RawCell {
  const fmt = cell.numFmt?.replace(/\\/g, '');
  const out: RawCell = { ...cell };
  if (!fmt || fmt === 'General' || (cell.value.type === 'blank' && cell.formula === undefined)) delete out.numFmt;
  else out.numFmt = fmt;
  if (cell.value.type === 'date' && fmt && /[dmyhs]/i.test(fmt)) out.value = { type: 'number', value: cell.value.serial };
  if (out.value.type === 'number') out.value = { type: 'number', value: Math.round(out.value.value * 1e9) / 1e9 };
  return out;
}

describe.each(files)('fast reader against the exceljs adapter on %s', (file) => {
  test('same sheets, merges, protection and cells, except the documented exceljs defects', async () => {
    const reference = await readWorkbookWithExcelJS(bytesOf(file), file);
    if (EXCELJS_REFUSES[file]) {
      // Keep the list honest: when exceljs learns to read the file, move it to the comparison.
      expect(reference.ok).toBe(false);
      return;
    }
    if (!reference.ok) throw new Error(`exceljs refused ${file}: ${reference.issue.message.en}`);
    const mine = readFast(file);
    if (EXCELJS_NO_SHEETS.has(file)) {
      expect(reference.workbook.sheetNames).toEqual([]);
      return;
    }
    expect(mine.sheetNames).toEqual(reference.workbook.sheetNames);
    expect([...(mine.hiddenSheets ?? [])].sort()).toEqual([...(reference.workbook.hiddenSheets ?? [])].sort());
    const wrong = new Set(EXCELJS_WRONG_CELLS[file]?.cells ?? []);
    const seenWrong = new Set<string>();
    for (const name of mine.sheetNames) {
      const a = mine.sheet(name) as Grid;
      const b = reference.workbook.sheet(name) as Grid;
      expect({ name, rows: a.rowCount, cols: a.colCount }).toEqual({ name, rows: b.rowCount, cols: b.colCount });
      expect(a.merges).toEqual(b.merges);
      expect(Boolean(a.protected)).toBe(Boolean(b.protected));
      for (let row = 1; row <= a.rowCount; row++) {
        for (let col = 1; col <= a.colCount; col++) {
          const ref = `${name}!${a1(row, col)}`;
          const x = normalise(a.cell(row, col));
          const y = normalise(b.cell(row, col));
          if (wrong.has(ref)) {
            expect({ ref, differs: JSON.stringify(x) !== JSON.stringify(y) }).toEqual({ ref, differs: true });
            seenWrong.add(ref);
          } else {
            expect({ ref, cell: x }).toEqual({ ref, cell: y });
          }
        }
      }
    }
    expect([...seenWrong].sort()).toEqual([...wrong].sort());
  });
});
