/**
 * How a template's `_meta` sheet carries the spec it was made from: the
 * spec's canonical JSON (whose FNV-1a 64 is the `fingerprint` row), UTF-8,
 * raw-deflated, in base64, split over as many `spec.1`, `spec.2` … rows as
 * Excel's cell limit needs, with its format and its size before deflating.
 */
export const EMBEDDED_SPEC_KEYS = { format: 'spec.format', size: 'spec.size', partPrefix: 'spec.' } as const;

/** The one format written; a reader refuses any other rather than guess at it. */
export const EMBEDDED_SPEC_FORMAT = 'deflate-base64-1';

/** Characters of base64 in one cell: under Excel's 32,767, so Excel, WPS and LibreOffice keep each whole. */
export const EMBEDDED_SPEC_PART_CHARS = 32_000;

/**
 * The largest spec a reader inflates (its declared size, UTF-8 bytes). The
 * standard template's is about 20 KiB; a federation's with hundreds of
 * indicators stays far below. A declared size above it is refused before a
 * byte is inflated.
 */
export const MAX_EMBEDDED_SPEC_BYTES = 1024 * 1024;

/** Parts a reader joins at most: MAX_EMBEDDED_SPEC_BYTES deflated never needs more. */
export const MAX_EMBEDDED_SPEC_PARTS = 64;

/** The spec as a `_meta` sheet carries it, still encoded: cheap to read, decoded only when needed. */
export interface EmbeddedSpecCells {
  format: string;
  /** The declared size in bytes, as written (text); checked before inflating. */
  size: string;
  /** The base64 parts in order (spec.1, spec.2 …). */
  parts: string[];
}
