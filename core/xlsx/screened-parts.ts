import { PartMemo } from './part-memo.js';
import type { ReadLimits } from './read-limits.js';
import type { ZipEntry } from './zip-archive.js';

/**
 * Sheet parts that passed the screen (see FastWorkbook.screenSheets), kept by
 * their compressed bytes (see part-memo.ts). Workbooks made from one template
 * carry the same instructions sheet (填表说明) byte for byte, so a merge of
 * thousands of them screens it once per thread instead of once per file. A
 * part is taken as passed only when this workbook also has enough shared
 * strings for the indices its cells use.
 */
const screened = new PartMemo<number>(8);

/** Whether a part with these compressed bytes passed the screen under the same limits and shared strings. */
export function screenedBefore(entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, sharedStringCount: number | undefined): boolean {
  const fits = (needed: number) => needed === 0 || (sharedStringCount !== undefined && sharedStringCount >= needed);
  return screened.find(entry.name, entry, compressed, limits, fits) !== undefined;
}

/** Remembers a part that has just passed the screen, with how many shared strings its cells need. */
export function rememberScreened(entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, sharedStringsNeeded: number): void {
  screened.remember(entry.name, entry, compressed, limits, sharedStringsNeeded);
}
