/// <reference types="office-js" />
import { columnLetters } from '../../core/grid/address.js';
import type { ExcelRun, SupportsSet } from './excel-access.js';

/** One sheet of the summary as values, first row the head: what goes into the open workbook without ExcelApi 1.8. */
export interface SummarySheet {
  name: string;
  rows: (string | number | null)[][];
}

export interface WriteSummaryOptions {
  /** 汇总表.xlsx as report/ builds it (the CLI's bytes). */
  xlsx: Uint8Array;
  /** The same sheets as values, for hosts without Excel.createWorkbook. */
  sheets: () => SummarySheet[];
  run?: ExcelRun;
  supports?: SupportsSet;
  /** `Excel.createWorkbook` (ExcelApi 1.8), injectable for tests. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Cells written per context.sync() at most: a batch past a few MB is refused by Excel on the web. */
  maxCellsPerSync?: number;
}

/** Where the summary went: a new workbook (ExcelApi 1.8) or new sheets of the open one (their names, deduplicated). */
export type WriteSummaryResult = { where: 'new-workbook' } | { where: 'open-workbook'; sheets: string[] };

export const DEFAULT_MAX_CELLS_PER_SYNC = 20_000;

/** Base64 of bytes without btoa on a giant string at once (IE11 and EdgeHTML 18 lack nothing here, but stacks are small). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + CHUNK)) as number[]);
  return btoa(text);
}

/** A name not yet taken: `汇总`, else `汇总 (2)`, `汇总 (3)`… (Excel compares sheet names ignoring case). */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Puts the merge's 汇总表 in front of the user: with ExcelApi 1.8, as a new
 * workbook opened from the very bytes the CLI would write (no context.sync at
 * all); elsewhere (Excel 2016's ExcelApi 1.1–1.7), as new sheets of the open
 * workbook, values only, in at most `2 + floor(cells / maxCellsPerSync)`
 * syncs: one to learn the sheet names taken, one more each time the queued
 * values reach the limit, and the last (two in all for a city's summary).
 * Existing sheets are never overwritten.
 * @example await writeSummary({ xlsx, sheets: () => summarySheets(xlsx) })
 */
export async function writeSummary(options: WriteSummaryOptions): Promise<WriteSummaryResult> {
  const supports: SupportsSet = options.supports ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  if (supports('ExcelApi', '1.8')) {
    const create = options.createWorkbook ?? ((base64: string) => Excel.createWorkbook(base64));
    await create(toBase64(options.xlsx));
    return { where: 'new-workbook' };
  }
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const max = options.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC;
  const sheets = options.sheets();
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const names: string[] = [];
    let first: Excel.Worksheet | undefined;
    let queued = 0;
    for (const sheet of sheets) {
      const name = freeName(sheet.name, taken);
      names.push(name);
      const target = worksheets.add(name);
      first = first ?? target;
      const width = Math.max(1, ...sheet.rows.map((r) => r.length));
      const rows = sheet.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      const step = Math.max(1, Math.floor(max / width));
      for (let from = 0; from < rows.length; from += step) {
        const block = rows.slice(from, from + step);
        const range = target.getRange(`A${from + 1}:${columnLetters(width)}${from + block.length}`);
        // Text stays text: a unit name or message starting with "=" must not become a formula.
        range.numberFormat = block.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
        range.values = block;
        queued += block.length * width;
        if (queued >= max) {
          await context.sync();
          queued = 0;
        }
      }
      if (rows.length > 0) target.getRange(`A1:${columnLetters(width)}1`).format.font.bold = true;
    }
    first?.activate();
    await context.sync();
    return { where: 'open-workbook', sheets: names };
  });
}
