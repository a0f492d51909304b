/**
 * Limits every workbook read is held to, so one hostile or broken file cannot
 * exhaust memory or time while a federation merges thousands of submissions.
 * A file over a limit is refused with a file-level issue; nothing is silently
 * cut, so a refused file never yields partial numbers.
 *
 * | limit               | default      | issue when exceeded      |
 * |---------------------|--------------|--------------------------|
 * | maxFileBytes        | 20 MiB       | `file.too-large`         |
 * | maxInflatedBytes    | 200 MiB      | `file.zip-bomb`          |
 * | maxCompressionRatio | 1000 : 1     | `file.zip-ratio`         |
 * | maxPartBytes        | 16 MiB       | `file.part-too-large`    |
 * | maxCells            | 100,000      | `file.too-many-cells`    |
 * | maxMerges           | 100,000      | `file.too-many-merges`   |
 * | maxKeptText         | 16 Mi chars  | `file.too-much-text`     |
 * | maxRows             | 100,000      | `file.sheet-too-large`   |
 * | maxCols             | 16,384 (XFD) | `file.sheet-too-wide`    |
 * | maxStringLength     | 32,767 chars | `file.string-too-long`   |
 *
 * Rows and columns: the limits apply to cells that hold a value or a formula.
 * Formatted empty cells and a `<dimension>` within Excel's own grid are ignored
 * (Gnumeric declares `A1:XFD1048576` for a two-row sheet); any index past
 * Excel's grid (row 1,048,576, column XFD) is refused outright.
 *
 * Memory is bounded by what is kept, not by the file. The file itself is at
 * most maxFileBytes, checked (fstat, File.size) before it is read. Worksheets
 * and the shared-strings table are streamed when large (ZipArchive.textSource,
 * STREAM_FROM): inflated in steps and scanned as they arrive, so a part's
 * size costs time, bounded by maxInflatedBytes and maxCompressionRatio, not
 * memory; the other parts (workbook, relationships, styles) are inflated
 * whole, each at most maxPartBytes. What a read keeps: for a sheet read into
 * a grid, at most maxCells cells and maxMerges merges (in a submission read,
 * only those of the template's columns: the cells right of them are checked
 * and counted, never kept) holding at most maxKeptText characters of text;
 * no element's text is held past 8 × maxStringLength characters as it is
 * read; a shared-strings table over STREAM_FROM is never held: it is counted,
 * then read again for the strings the kept cells use. A screened sheet keeps
 * nothing. bench/README.md gives the peak a child-process test holds `check`
 * to (tests/hostile/reader-process.test.ts).
 *
 * Strings: Excel itself cannot hold more than 32,767 characters in a cell, so a
 * longer string was not written by Excel or WPS; the file is refused rather than
 * the text capped, because a capped value would be read as if it were complete.
 */
export interface ReadLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of the parts the reader inflates (declared and actual). */
  maxInflatedBytes: number;
  /** Uncompressed size of one part inflated whole (workbook, relationships, styles …; not sheets or shared strings, which stream). */
  maxPartBytes: number;
  /** Cells holding a value or formula kept for one sheet read into a grid. */
  maxCells: number;
  /** Merged ranges kept for one sheet read into a grid. */
  maxMerges: number;
  /** Characters of text (strings and formulas) the kept cells of one sheet hold. */
  maxKeptText: number;
  /** Uncompressed / compressed size of one part; deflate cannot exceed about 1032:1, real XML stays under 100:1. */
  maxCompressionRatio: number;
  /** Highest row index of a cell holding a value or formula. */
  maxRows: number;
  /** Highest column index of a cell holding a value or formula. */
  maxCols: number;
  /** Longest string (shared, inline or formula result) in characters. */
  maxStringLength: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxPartBytes: 16 * 1024 * 1024,
  maxCells: 100_000,
  maxMerges: 100_000,
  maxKeptText: 16 * 1024 * 1024,
  maxCompressionRatio: 1000,
  maxRows: 100_000,
  maxCols: 16_384,
  maxStringLength: 32_767,
});

/** The defaults with some limits replaced. */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}

/** Bytes for messages: `20 MiB`, `512 KiB`, `900 B`, with up to `decimals` decimals (trailing zeros dropped). */
export function formatBytes(bytes: number, decimals = 1): string {
  const scale = 10 ** decimals;
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * scale) / scale} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * scale) / scale} KiB`;
  return `${bytes} B`;
}

/**
 * A size and the limit it is over, worded so that they visibly differ: one
 * byte over 20 MiB is `20.000001 MiB` against `20 MiB`, never `20 MiB` twice;
 * as a last resort both are given in bytes.
 */
export function formatSizeOver(size: number, limit: number): { size: string; limit: string } {
  for (let decimals = 2; decimals <= 6; decimals++) {
    const a = formatBytes(size, decimals);
    const b = formatBytes(limit, decimals);
    if (a !== b) return { size: a, limit: b };
  }
  return { size: `${size} B`, limit: `${limit} B` };
}
