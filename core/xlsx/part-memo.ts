import type { ReadLimits } from './read-limits.js';
import type { ZipEntry } from './zip-archive.js';

/**
 * What was learnt from package parts, kept by their compressed bytes, so that
 * a part met again in another file is not inflated, decoded and parsed again.
 * Workbooks made from one template, or saved by one program, carry the same
 * styles, workbook, relationships and instructions sheet byte for byte: a
 * merge of thousands of them reads each once per thread.
 *
 * A memo is taken only when everything it depended on is the same: the
 * compressed bytes compared in full (not a checksum a hostile file could
 * forge), the compression method, declared CRC and sizes, every read limit,
 * and whatever the caller's `fits` adds. The same bytes inflate to the same
 * XML, which then meets the same checks and gives the same result. Only
 * results are remembered, never refusals (they name the file), and a result
 * is shared between files: callers never change it. The caller still makes
 * the archive's own checks (local header, part size, budget).
 */
interface Memo<T> {
  key: string;
  compressed: Uint8Array;
  method: number;
  crc: number;
  uncompressedSize: number;
  limits: ReadLimits;
  value: T;
}

/**
 * Parts of modest size only (a template's styles, relationships or `_meta`
 * sheet are a few KB): what memos hold stays small beside what one file may
 * need, whatever a batch of hostile files holds.
 */
const MAX_UNCOMPRESSED = 512 * 1024;

/**
 * A few remembered parts, one per key (a part's name and what was made of it):
 * a part that differs in every file (the table sheet) replaces only its own
 * memo, never those of the parts files share; past capacity the oldest key goes.
 */
export class PartMemo<T> {
  private readonly memos: Memo<T>[] = [];
  private next = 0;

  constructor(private readonly capacity: number) {}

  /** The value remembered for a part with exactly these bytes under the same limits (and `fits`), if any. */
  find(key: string, entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, fits: (value: T) => boolean = () => true): T | undefined {
    for (const memo of this.memos) {
      if (
        memo.key === key &&
        memo.method === entry.method &&
        memo.crc === entry.crc &&
        memo.uncompressedSize === entry.uncompressedSize &&
        memo.compressed.length === compressed.length &&
        fits(memo.value) &&
        sameLimits(memo.limits, limits) &&
        sameBytes(memo.compressed, compressed)
      ) {
        return memo.value;
      }
    }
    return undefined;
  }

  /** Remembers what a part that has just been read gave (a copy of its bytes: the file's buffer is not kept). */
  remember(key: string, entry: ZipEntry, compressed: Uint8Array, limits: ReadLimits, value: T): void {
    if (entry.uncompressedSize > MAX_UNCOMPRESSED || compressed.length > MAX_UNCOMPRESSED) return;
    const same = this.memos.findIndex((m) => m.key === key);
    const slot = same >= 0 ? same : this.next;
    if (same < 0) this.next = (this.next + 1) % this.capacity;
    this.memos[slot] = {
      key,
      compressed: compressed.slice(),
      method: entry.method,
      crc: entry.crc,
      uncompressedSize: entry.uncompressedSize,
      limits: { ...limits },
      value,
    };
  }
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
