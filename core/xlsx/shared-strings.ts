import type { ReadLimits } from './read-limits.js';
import { withinStringLimit } from './file-issue.js';
import { isSpreadsheetMl, withXmlFallback, type XmlParser, type XmlSource } from './parse-xml.js';
import { decodeEscapes } from './decode-escapes.js';

/**
 * The shared strings table: one string per `<si>`, plain `<t>` or the `<t>` of
 * rich-text runs `<r>` joined; phonetic guides (`<rPh>`) are not part of the
 * value. Throws ReadRefusal.
 */
export function parseSharedStrings(xml: XmlSource, fileName: string, part: string, limits: ReadLimits): string[] {
  return withXmlFallback((parse) => {
    const strings: string[] = [];
    readSharedStrings(parse, xml, fileName, part, limits, (_index, text) => strings.push(text));
    return strings;
  });
}

/** The number of strings in the table, every one checked as parseSharedStrings checks it, none kept. Throws ReadRefusal. */
export function countSharedStrings(xml: XmlSource, fileName: string, part: string, limits: ReadLimits): number {
  return withXmlFallback((parse) => readSharedStrings(parse, xml, fileName, part, limits, () => undefined));
}

/** The strings at the `wanted` indices only (for a table too large to hold). Throws ReadRefusal. */
export function pickSharedStrings(xml: XmlSource, fileName: string, part: string, limits: ReadLimits, wanted: ReadonlySet<number>): Map<number, string> {
  return withXmlFallback((parse) => {
    const picked = new Map<number, string>();
    readSharedStrings(parse, xml, fileName, part, limits, (index, text) => {
      if (wanted.has(index)) picked.set(index, text);
    });
    return picked;
  });
}

/** Hands each string to `take` with its index; returns how many there were. */
function readSharedStrings(
  parse: XmlParser,
  xml: XmlSource,
  fileName: string,
  part: string,
  limits: ReadLimits,
  take: (index: number, text: string) => void,
): number {
  let count = 0;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let current = '';
  // The raw text of one string, escapes and all, is refused as it grows past what Excel could write: never held whole.
  const rawLimit = limits.maxStringLength * 8;
  parse(xml, fileName, part, {
    open(name, _attributes, selfClosing, namespace) {
      if (!isSpreadsheetMl(namespace)) return;
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name, namespace) {
      if (!isSpreadsheetMl(namespace)) return;
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && inItem) {
        inItem = false;
        take(count++, withinStringLimit(decodeEscapes(current), limits.maxStringLength, fileName, part));
        current = '';
      }
    },
    text(text) {
      if (!inText) return;
      current += text;
      if (current.length > rawLimit) withinStringLimit(current, rawLimit, fileName, part);
    },
    wantsText: () => inText,
  });
  return count;
}
