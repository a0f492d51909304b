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
 * | maxPartBytes        | 16 MiB       | `file.part-too-large`    |
 * | maxCompressionRatio | 1000 : 1     | `file.zip-ratio`         |
 * | maxCells            | 100,000      | `file.too-many-cells`    |
 * | maxRows             | 100,000      | `file.sheet-too-large`   |
 * | maxCols             | 16,384 (XFD) | `file.sheet-too-large`   |
 * | maxStringLength     | 32,767 chars | `file.string-too-long`   |
 *
 * Rows and columns: the limits apply to cells that hold a value or a formula.
 * Formatted empty cells and a `<dimension>` within Excel's own grid are ignored
 * (Gnumeric declares `A1:XFD1048576` for a two-row sheet); any index past
 * Excel's grid (row 1,048,576, column XFD) is refused outright.
 *
 * Memory: parts are inflated and parsed one at a time, and no part may inflate
 * past maxPartBytes, so the XML text held at once is bounded by that (twice
 * over as a JavaScript string of non-Latin text); a sheet read into a grid keeps
 * at most maxCells cells (a screened sheet keeps none). Together they bound a
 * read's peak memory whatever the file holds: see bench/README.md for the
 * figure a child-process test holds `check` to.
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
  /** Uncompressed size of one part the reader inflates (declared and actual): what one parse holds in memory. */
  maxPartBytes: number;
  /** Cells holding a value or formula kept for one sheet read into a grid. */
  maxCells: number;
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
