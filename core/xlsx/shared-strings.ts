import type { ReadLimits } from './read-limits.js';
import { withinStringLimit } from './file-issue.js';
import { isSpreadsheetMl, withXmlFallback, type XmlParser } from './parse-xml.js';
import { decodeEscapes } from './decode-escapes.js';

/**
 * The shared strings table: one string per `<si>`, plain `<t>` or the `<t>` of
 * rich-text runs `<r>` joined; phonetic guides (`<rPh>`) are not part of the
 * value. Throws ReadRefusal.
 */
export function parseSharedStrings(xml: string, fileName: string, part: string, limits: ReadLimits): string[] {
  return withXmlFallback((parse) => readSharedStrings(parse, xml, fileName, part, limits));
}

function readSharedStrings(parse: XmlParser, xml: string, fileName: string, part: string, limits: ReadLimits): string[] {
  const strings: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let current = '';
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
        strings.push(withinStringLimit(decodeEscapes(current), limits.maxStringLength, fileName, part));
      }
    },
    text(text) {
      if (inText) current += text;
    },
    wantsText: () => inText,
  });
  return strings;
}
