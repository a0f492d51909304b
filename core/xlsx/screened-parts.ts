import type { ReadLimits } from './read-limits.js';
import type { ZipEntry } from './zip-archive.js';

/**
 * Sheet parts that passed the screen (see FastWorkbook.screenSheets), kept by
 * their compressed bytes. Workbooks made from one template carry the same
 * instructions sheet (填表说明) byte for byte, so a merge of thousands of them
 * screens it once per thread instead of once per file.
 *
 * A part is taken as passed only when everything its screen depended on is
 * the same: the compressed bytes compared in full (not a checksum a hostile
 * file could forge), the compression method, declared CRC and sizes, every
 * read limit, and enough shared strings for the indices its cells use. The
 * same bytes inflate to the same XML, which then meets the same checks. The
 * caller still makes the archive's own checks (local header, budget).
 */
interface ScreenedPart {
  compressed: Uint8Array;
  method: number;
  crc: number;
  uncompressedSize: number;
  limits: ReadLimits;
  sharedStringsNeeded: number;
}

/** A few distinct parts (the instructions sheet, a notes sheet …) of modest size: bounded memory per thread. */
const CAPACITY = 8;
const MAX_COMPRESSED = 256 * 1024;
const remembered: ScreenedPart[] = [];
let nextSlot = 0;

/** Whether a part with these compressed bytes passed the screen under the same limits and shared strings. */
export function screenedBefore(entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, sharedStringCount: number | undefined): boolean {
  for (const part of remembered) {
    if (
      part.method === entry.method &&
      part.crc === entry.crc &&
      part.uncompressedSize === entry.uncompressedSize &&
      part.compressed.length === compressed.length &&
      (part.sharedStringsNeeded === 0 || (sharedStringCount !== undefined && sharedStringCount >= part.sharedStringsNeeded)) &&
      sameLimits(part.limits, limits) &&
      sameBytes(part.compressed, compressed)
    ) {
      return true;
    }
  }
  return false;
}

/** Remembers a part that has just passed the screen (a copy of its bytes: the file's buffer is not kept). */
export function rememberScreened(entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, sharedStringsNeeded: number): void {
  if (compressed.length > MAX_COMPRESSED) return;
  const part: ScreenedPart = {
    compressed: compressed.slice(),
    method: entry.method,
    crc: entry.crc,
    uncompressedSize: entry.uncompressedSize,
    limits: { ...limits },
    sharedStringsNeeded,
  };
  remembered[nextSlot] = part;
  nextSlot = (nextSlot + 1) % CAPACITY;
}

function sameLimits(a: ReadLimits, b: ReadLimits): boolean {
  return (
    a.maxFileBytes === b.maxFileBytes &&
    a.maxInflatedBytes === b.maxInflatedBytes &&
    a.maxPartBytes === b.maxPartBytes &&
    a.maxCells === b.maxCells &&
    a.maxMerges === b.maxMerges &&
    a.maxKeptText === b.maxKeptText &&
    a.maxCompressionRatio === b.maxCompressionRatio &&
    a.maxRows === b.maxRows &&
    a.maxCols === b.maxCols &&
    a.maxStringLength === b.maxStringLength
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
