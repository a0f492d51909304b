const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 forbids anywhere in a document: C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. One of
 * them in a unit or file name would make Word refuse the whole file.
 */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/*
 * Cheap first looks, so the common text (CJK names, digits) is returned as it
 * is: a national table escapes 27,000 cell texts.
 */
const MAYBE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_WORK = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text without the characters XML 1.0 forbids (they are dropped: they carry no
 * meaning in a report and cannot be written as XML at all).
 * @example dropXmlForbidden('a\u0001b') // 'ab'
 */
export function dropXmlForbidden(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/**
 * Text made safe for XML element content and attribute values, written as the
 * docx library writes text (`&apos;` and `&quot;` too), so stamped rows read the
 * same as the library's own.
 * @example escapeXmlText('<w:t>&') // '&lt;w:t&gt;&amp;'
 */
export function escapeXmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return dropXmlForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
