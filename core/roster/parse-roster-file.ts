import type { RawCell } from '../grid/grid.js';
import { formatParam } from '../messages/render-text.js';
import { readWorkbookFast } from '../xlsx/read-workbook-fast.js';
import type { ZipCodecs } from '../xlsx/zip-archive.js';
import { decodeRosterBytes, parseRosterCsv } from './parse-roster-csv.js';
import { rosterFromRecords, rosterProblem, type ParseRosterResult } from './roster-from-records.js';

/** A cell as the roster's text: numbers as written (a code typed as a number is still its code), blanks empty. */
function cellText(cell: RawCell): string {
  const v = cell.value;
  switch (v.type) {
    case 'string':
      return v.value;
    case 'number':
      return formatParam(v.value);
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'error':
      return v.value;
    default:
      return '';
  }
}

const XLSX_NAME = /\.(xlsx|xlsm)$/i;
const ZIP_MAGIC = [0x50, 0x4b];

/**
 * A roster file's bytes and name → the roster, or every problem with its line:
 * CSV (UTF-8 or GBK) or .xlsx (read with the project's fast reader; the first
 * visible sheet, line N being row N), both by the same rules (rosterFromRecords).
 * An .xlsx is told by its name or its zip bytes; a workbook that cannot be read
 * gives the reader's own message. Pure: no file system.
 * @example parseRosterFile(bytes, '名册.xlsx')
 */
export function parseRosterFile(bytes: Uint8Array, fileName: string, codecs?: ZipCodecs): ParseRosterResult {
  const zip = bytes.length >= 2 && bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1];
  if (!XLSX_NAME.test(fileName) && !zip) {
    const text = decodeRosterBytes(bytes);
    return text === undefined ? { ok: false, problems: [rosterProblem('roster.gbk-unsupported')] } : parseRosterCsv(text);
  }
  const read = readWorkbookFast(bytes, fileName, undefined, { codecs });
  if (!read.ok || !read.workbook) {
    const issue = read.ok ? undefined : read.issue;
    return { ok: false, problems: [issue ? { code: issue.code, zh: issue.message.zh, en: issue.message.en } : rosterProblem('roster.unknown-type', { file: fileName })] };
  }
  const workbook = read.workbook;
  const name = workbook.sheetNames.find((n) => !workbook.hiddenSheets.has(n));
  if (name === undefined) return { ok: false, problems: [rosterProblem('roster.no-visible-sheet')] };
  const sheet = workbook.readSheet(name);
  if (!sheet.ok) {
    const issue = sheet.issue;
    return { ok: false, problems: [issue ? { code: issue.code, zh: issue.message.zh, en: issue.message.en } : rosterProblem('roster.no-visible-sheet')] };
  }
  const grid = sheet.grid;
  const records: string[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(cellText(grid.cell(r, c)).trim());
    records.push(row);
  }
  return rosterFromRecords(records);
}
