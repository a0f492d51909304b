import { SaxesParser } from 'saxes';
import { dropXmlForbidden, escapeXmlText } from '../../report/xml-escape.js';

/** The text a conforming XML parser reads back from `<t>escaped</t>`; throws on malformed XML. */
function readBack(escaped: string): string {
  const parser = new SaxesParser();
  let text = '';
  parser.on('text', (t) => (text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(`<t>${escaped}</t>`).close();
  return text;
}

describe('escapeXmlText', () => {
  test('markup characters become entities, as the docx library writes them', () => {
    expect(escapeXmlText(`<w:t>&"x'</w:t>`)).toBe('&lt;w:t&gt;&amp;&quot;x&apos;&lt;/w:t&gt;');
  });

  test('payloads read back as the same text', () => {
    for (const payload of [`=cmd|' /C calc'!A0`, '=HYPERLINK("http://x","y")', '<script>alert(1)</script>', ']]><x/>', '&amp;', '河东区\t总工会 ', '😀𠀀']) {
      expect(readBack(escapeXmlText(payload))).toBe(payload);
    }
  });

  test('characters XML 1.0 forbids are dropped, so the result always parses', () => {
    const hostile = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k';
    expect(escapeXmlText(hostile)).toBe('abcdefghijk');
    expect(readBack(escapeXmlText(hostile))).toBe('abcdefghijk');
  });
});

describe('dropXmlForbidden', () => {
  test('keeps tab, line feed, carriage return, surrogate pairs and the rest of Unicode', () => {
    const allowed = 'x\ty\nz\r😀\u0085\u2028\uFFFD\uE000';
    expect(dropXmlForbidden(allowed)).toBe(allowed);
  });

  test('drops every C0 control but tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(dropXmlForbidden(c0)).toBe('\t\n\r');
    expect(dropXmlForbidden('\uD83D\uDE00\uD83D\uD83D\uDE00\uDE00')).toBe('😀😀');
    expect(dropXmlForbidden('\uFFFE\uFFFF')).toBe('');
  });
});
