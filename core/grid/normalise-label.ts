const WHITESPACE = /[\s\u200b]+/g;
/** Bracketed qualifiers after NFKC: `(2024年)`, `(人)`, `【必填】`, `〔万元〕`. */
const BRACKETED = /[([【〔][^)\]】〕]*[)\]】〕]/g;
const TRAILING_COLON = /:+$/;
/** Marks of a required field: `*填报单位`, `填报单位★`. */
const REQUIRED_MARK = /^[*★※]+|[*★※]+$/g;

/**
 * A head or label as typed, reduced to what identifies it: full-width →
 * half-width (NFKC), no whitespace at all (newlines, full-width spaces), no
 * bracketed qualifiers, no trailing colon, lower-case latin.
 * @example normaliseLabel(' 本 年\n（2024年）：') // → '本年'
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(BRACKETED, '')
    .replace(TRAILING_COLON, '')
    .replace(REQUIRED_MARK, '')
    .toLowerCase();
}

/** An indicator code as typed (`ａ０１`, ` a01 `) → `A01`. */
export function normaliseCode(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '').toUpperCase();
}
