/** Full-width digits, `．`, `％`, `＋`, `－`: what a Chinese input method types instead of ASCII. */
const FULL_WIDTH_NUMERIC = /[\uff10-\uff19\uff0e\uff05\uff0b\uff0d]/;
const FULL_WIDTH_ANY = /[\uff01-\uff5e\u3000]/g;
/** Minus signs other than the ASCII hyphen-minus. */
const OTHER_MINUS = /[\u2212\ufe63]/g;

/** Whether the text has full-width characters that take part in a number (not just a full-width comma). */
export function hasFullWidthNumeric(text: string): boolean {
  return FULL_WIDTH_NUMERIC.test(text);
}

/**
 * Full-width ASCII (U+FF01–FF5E) and the ideographic space to their ASCII
 * counterparts, and Unicode minus signs to `-`. Chinese punctuation outside
 * that block (`、`, `。`) is left alone.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ANY, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
    .replace(OTHER_MINUS, '-');
}
