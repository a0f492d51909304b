import { attribute, isSpreadsheetMl, refuseDeclarations, withXmlFallback, type XmlParser } from './parse-xml.js';

/**
 * Excel's built-in number formats that matter for reading (ids 0–49 not
 * listed in `<numFmts>`), worded as exceljs words them so both readers report
 * the same code. 27–36 and 50–58 are the zh-CN locale's date formats.
 */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * The number format of each cell style (`cellXfs` index → format code;
 * undefined for General). Only what percent and date detection needs is kept:
 * the `<numFmts>` and `<cellXfs>` sections are cut out and parsed, the rest of
 * the part (fonts, fills, borders, often most of it) is skipped unparsed.
 * Throws ReadRefusal.
 */
export function parseStyles(xml: string, fileName: string, part: string): (string | undefined)[] {
  refuseDeclarations(xml, fileName, part);
  return withXmlFallback((parse) => readStyles(parse, xml, fileName, part));
}

function readStyles(parse: XmlParser, xml: string, fileName: string, part: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  // A section cut out of the part is parsed inside a root carrying the part's namespace declarations, so that its
  // elements keep their namespace (a prefixed `<x:numFmts>` would otherwise be unbound).
  const wrap = (section: string): string => `<styleSection${rootDeclarations(xml)}>${section}</styleSection>`;
  const numFmts = section(xml, 'numFmts');
  if (numFmts) {
    parse(wrap(numFmts), fileName, part, {
      open(name, attributes, _selfClosing, namespace) {
        if (name !== 'numFmt' || !isSpreadsheetMl(namespace)) return;
        const id = Number(attribute(attributes, 'numFmtId'));
        const code = attribute(attributes, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      },
    });
  }
  const cellXfs = section(xml, 'cellXfs');
  if (cellXfs) {
    let depth = 0;
    parse(wrap(cellXfs), fileName, part, {
      open(name, attributes, _selfClosing, namespace) {
        depth++;
        // Direct children of cellXfs only: an <xf> cannot nest, but an extension list could hold one.
        if (name === 'xf' && depth === 3 && isSpreadsheetMl(namespace)) xfFormatIds.push(Number(attribute(attributes, 'numFmtId') ?? 0));
      },
      close() {
        depth--;
      },
    });
  }
  return xfFormatIds.map((id) => {
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return code === undefined || code === 'General' ? undefined : code;
  });
}

/** The element `<name …>…</name>` (any prefix) as a standalone XML string; undefined when absent. */
function section(xml: string, name: string): string | undefined {
  let start = -1;
  let prefix = '';
  for (let i = xml.indexOf(name); i >= 0; i = xml.indexOf(name, i + name.length)) {
    const after = xml.charCodeAt(i + name.length);
    // The name must end there (space, tab, CR, LF, `/` or `>`) and follow `<` or `<prefix:`.
    if (!(after === 32 || after === 9 || after === 13 || after === 10 || after === 47 || after === 62)) continue;
    const lt = xml.lastIndexOf('<', i);
    const between = xml.slice(lt + 1, i);
    if (lt >= 0 && (between === '' || /^[A-Za-z_][\w.-]*:$/.test(between))) {
      start = lt;
      prefix = between;
      break;
    }
  }
  if (start < 0) return undefined;
  const end = xml.indexOf('>', start);
  if (end < 0) return xml.slice(start);
  if (xml[end - 1] === '/') return xml.slice(start, end + 1);
  const closing = `</${prefix}${name}>`;
  const close = xml.indexOf(closing, end);
  // An unclosed section is handed to the parser as it is, which reports it malformed.
  return close < 0 ? xml.slice(start) : xml.slice(start, close + closing.length);
}

/** The namespace declarations (` xmlns="…" xmlns:x="…"`) of the part's root element. */
function rootDeclarations(xml: string): string {
  let at = xml.indexOf('<');
  while (at >= 0 && (xml.charCodeAt(at + 1) === 63 || xml.charCodeAt(at + 1) === 33)) at = xml.indexOf('<', at + 1);
  if (at < 0) return '';
  const end = xml.indexOf('>', at);
  const tag = xml.slice(at, end < 0 ? undefined : end);
  return (tag.match(/\sxmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<]*"|'[^'<]*')/g) ?? []).join('');
}
