import { PartMemo } from './part-memo.js';
import type { SheetContent } from './parse-sheet.js';
import type { ReadLimits } from './read-limits.js';
import type { ZipEntry } from './zip-archive.js';

/**
 * Sheets read before in this thread, by their compressed bytes (see
 * part-memo.ts): the template's `_meta` sheet is the same in every file made
 * from one template, so a merge parses it once per thread. A sheet's content
 * is taken again only when, besides the bytes and limits, the columns kept and
 * the styles are the same, this workbook has enough shared strings for the
 * indices the sheet uses, and every string its kept cells took is the same
 * text here. The content is shared: callers never change it.
 */
interface SheetMemo {
  keepColumns: number | undefined;
  styles: readonly (string | undefined)[];
  content: SheetContent;
  /** The text of each kept string cell, in SheetContent.keptStrings order. */
  strings: string[];
}

const sheets = new PartMemo<SheetMemo>(4);
const MAX_REMEMBERED_CELLS = 4096;

export interface SheetMemoKey {
  entry: ZipEntry;
  compressed: Uint8Array;
  limits: ReadLimits;
  keepColumns: number | undefined;
  /** The workbook's styles; the very same array (parsed-parts.ts hands it out) or no match. */
  styles: readonly (string | undefined)[];
  sharedStrings: readonly string[] | undefined;
  sharedStringCount: number | undefined;
}

/** The CRC and sizes of the sheet part last read under each name (a few names: cleared past MAX_NAMES). */
const lastSeen = new Map<string, string>();
const MAX_NAMES = 16;

/**
 * Whether a sheet part like this one (same name, CRC and sizes) was read last time under its name: only such a
 * part is worth remembering. A hint for what to copy, not a match: sheetReadBefore compares the bytes in full.
 */
export function seenAgain(entry: ZipEntry): boolean {
  const signature = `${entry.crc}:${entry.compressedSize}:${entry.uncompressedSize}`;
  const again = lastSeen.get(entry.name) === signature;
  if (!again && lastSeen.size >= MAX_NAMES && !lastSeen.has(entry.name)) lastSeen.clear();
  lastSeen.set(entry.name, signature);
  return again;
}

/** The content of a sheet read before with exactly these bytes and inputs, if any. */
export function sheetReadBefore(key: SheetMemoKey): SheetContent | undefined {
  const fits = (memo: SheetMemo): boolean => {
    const needed = memo.content.sharedStringsNeeded;
    if (memo.keepColumns !== key.keepColumns || memo.styles !== key.styles) return false;
    if (needed > 0 && (key.sharedStringCount === undefined || key.sharedStringCount < needed)) return false;
    const indices = memo.content.keptStrings as number[];
    for (let k = 0; k < indices.length; k++) if (key.sharedStrings?.[indices[k]] !== memo.strings[k]) return false;
    return true;
  };
  return sheets.find(key.entry.name, key.entry, key.compressed, key.limits, fits)?.content;
}

/** Remembers a sheet just read, with the strings its kept cells took (not one whose strings were looked up later). */
export function rememberSheet(key: SheetMemoKey, content: SheetContent): void {
  const indices = content.keptStrings;
  // A sheet of a template's size only: a large one is read again rather than held beside the next file's.
  if (indices === undefined || content.pendingStrings !== undefined || content.cells.size > MAX_REMEMBERED_CELLS) return;
  const strings = indices.map((i) => key.sharedStrings?.[i] as string);
  sheets.remember(key.entry.name, key.entry, key.compressed, key.limits, { keepColumns: key.keepColumns, styles: key.styles, content, strings });
}
