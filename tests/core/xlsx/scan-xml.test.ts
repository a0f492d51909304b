import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { XmlFallback, XmlScanner, scanXml } from '../../../core/xlsx/scan-xml.js';
import { prng } from '../../../samples/sample-data.js';
import { XLSX_CORPUS } from '../../support/shared-corpus.js';

type Outcome = { ok: true; events: string[] } | { ok: false; fallback: boolean; error: string };

/** Events as one list of strings; adjacent text is joined (saxes and the scanner may cut text differently). */
function recorder(): {
  events: string[];
  open: (n: string, a: readonly string[], s: boolean, ns: string) => void;
  close: (n: string, ns: string) => void;
  text: (t: string) => void;
} {
  const events: string[] = [];
  return {
    events,
    open: (name, attributes, selfClosing, ns) => events.push(`<{${ns}}${name} ${JSON.stringify(attributes)} ${selfClosing}`),
    close: (name, ns) => events.push(`</{${ns}}${name}`),
    text: (t) => {
      const last = events.length - 1;
      if (last >= 0 && events[last].startsWith('#')) events[last] += t;
      else events.push(`#${t}`);
    },
  };
}

function bySaxes(xml: string): Outcome {
  const r = recorder();
  // With namespaces, as the reader runs it: an unbound prefix is an error, and every element has its URI.
  const parser = new SaxesParser({ position: false, xmlns: true });
  parser.on('opentag', (tag) =>
    r.open(tag.local, Object.entries(tag.attributes).flatMap(([name, attribute]) => [name, attribute.value]), tag.isSelfClosing, tag.uri),
  );
  parser.on('closetag', (tag) => r.close(tag.local, tag.uri));
  parser.on('text', r.text);
  parser.on('cdata', r.text);
  try {
    parser.write(xml).close();
    return { ok: true, events: r.events };
  } catch (error) {
    return { ok: false, fallback: false, error: String(error) };
  }
}

function byScanner(xml: string): Outcome {
  const r = recorder();
  try {
    scanXml(xml, r);
    return { ok: true, events: r.events };
  } catch (error) {
    return { ok: false, fallback: error instanceof XmlFallback, error: String(error) };
  }
}

/** The scanner fed `xml` in chunks of random sizes (seeded), as a streamed part arrives. */
function byScannerInChunks(xml: string, next: () => number, largest = 5000): Outcome {
  const r = recorder();
  try {
    const scanner = new XmlScanner(r);
    for (let at = 0; at < xml.length; ) {
      const size = next() < 0.2 ? 1 + Math.floor(next() * 3) : 1 + Math.floor(next() * largest);
      scanner.write(xml.slice(at, at + size));
      at += size;
    }
    scanner.close();
    return { ok: true, events: r.events };
  } catch (error) {
    return { ok: false, fallback: error instanceof XmlFallback, error: String(error) };
  }
}

/** Whole or in chunks, the scanner gives the same outcome: the same events, or the same call for saxes. */
function expectSameInChunks(xml: string, next: () => number, largest?: number): void {
  const whole = byScanner(xml);
  const chunked = byScannerInChunks(xml, next, largest);
  expect(chunked.ok ? chunked.events : { fallback: (chunked as { fallback: boolean }).fallback }).toEqual(
    whole.ok ? whole.events : { fallback: (whole as { fallback: boolean }).fallback },
  );
}

/** The scanner's contract: what it accepts, saxes accepts with the same events; anything else it leaves to saxes. */
function expectAgrees(xml: string, label: string): boolean {
  const scanned = byScanner(xml);
  if (!scanned.ok) {
    if (!scanned.fallback) throw new Error(`${label}: the scanner threw instead of falling back: ${scanned.error}`);
    return false;
  }
  const parsed = bySaxes(xml);
  if (!parsed.ok) throw new Error(`${label}: the scanner accepted what saxes refuses (${parsed.error}):\n${xml.slice(0, 400)}`);
  expect(scanned.events).toEqual(parsed.events);
  return true;
}

/** Every XML part of the bundled samples and of the real-world corpus. */
function realParts(): { label: string; xml: string }[] {
  const parts: { label: string; xml: string }[] = [];
  const add = (label: string, bytes: Uint8Array) => {
    let zip: Record<string, Uint8Array>;
    try {
      zip = unzipSync(bytes);
    } catch {
      return;
    }
    for (const [name, data] of Object.entries(zip)) {
      if (/\.(xml|rels)$/i.test(name)) parts.push({ label: `${label}:${name}`, xml: strFromU8(data).replace(/^\uFEFF/, '') });
    }
  };
  const walk = (folder: string) => {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.xlsx')) add(path, new Uint8Array(readFileSync(path)));
    }
  };
  walk(join(process.cwd(), 'samples'));
  walk(XLSX_CORPUS);
  return parts;
}

const parts = realParts();

describe('scanXml agrees with saxes', () => {
  it('reads the parts real producers write (samples, template, corpus) with saxes’ events', () => {
    expect(parts.length).toBeGreaterThan(100);
    let fast = 0;
    for (const { label, xml } of parts) if (expectAgrees(xml, label)) fast++;
    // The point of the scanner: nearly every real part takes the fast path (only comments, CDATA and the like do not).
    expect(fast / parts.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['a declaration and a root', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>', true],
    ['prefixed names', '<x:a xmlns:x="u"><x:b r="1">t</x:b></x:a>', true],
    ['names of every length', `<p:${'a'.repeat(70)} xmlns:p="urn:p" xmlns:x="urn:x" x:${'b'.repeat(80)}="1" ${'c'.repeat(14)}="2"><p:${'d'.repeat(13)}/></p:${'a'.repeat(70)}>`, true],
    ['a default namespace redeclared inside', '<a xmlns="urn:a"><b xmlns="urn:b"><c/></b><d/></a>', true],
    ['an unbound element prefix (left to saxes, which refuses it)', '<x:a/>', false],
    ['an unbound attribute prefix (left to saxes, which refuses it)', '<a x:b="1"/>', false],
    ['references in text and attributes', '<a b="&lt;&#x4E2D;&#20013;&amp;&quot;&apos;">&gt;&amp;&#x1F600;</a>', true],
    ['tab and newline in attributes become spaces', '<a b="1\t2\n3"/>', true],
    ['surrogate pairs', '<a>😀</a>', true],
    ['carriage returns in text, attributes, tags and around the root', '<?xml version="1.0"?>\r\n<a\r\nb="1\r\n2\r3">x\r\ny\rz\r\r\n</a\r>\r\n', true],
    ['whitespace around the root', '\n  <a> </a>\n', true],
    ['a space before > in a closing tag', '<a></a  >', true],
    ['an empty document', '', false],
    ['text only', 'hello', false],
    ['two roots', '<a/><b/>', false],
    ['text after the root', '<a/>x', false],
    ['unclosed', '<a><b></b>', false],
    ['mismatched', '<a><b></a></b>', false],
    ['duplicate attribute', '<a b="1" b="2"/>', false],
    ['no space between attributes', '<a b="1"c="2"/>', false],
    ['unquoted attribute', '<a b=1/>', false],
    ['attribute without value', '<a b/>', false],
    ['< in an attribute', '<a b="<"/>', false],
    ['undefined entity', '<a>&nbsp;</a>', false],
    ['bare ampersand', '<a>a & b</a>', false],
    [']]> in text', '<a>]]></a>', false],
    ['a control character', '<a>\u0001</a>', false],
    ['U+FFFE', '<a>\uFFFE</a>', false],
    ['a lone surrogate', '<a>\uD800x</a>', false],
    ['a character reference XML forbids', '<a>&#1;</a>', false],
    ['a comment', '<a><!-- c --></a>', true],
    ['comments around the root and between text', '<!-- 前 --><a>x<!-- <b> & ]]> -->y</a>\n<!---->', true],
    ['-- inside a comment', '<a><!-- a -- b --></a>', false],
    ['a comment ending in ---> ', '<a><!-- a ---></a>', false],
    ['an unclosed comment', '<a><!-- a </a>', false],
    ['a control character in a comment', '<a><!-- \u0001 --></a>', false],
    ['CDATA', '<a><![CDATA[x]]></a>', false],
    ['a DOCTYPE', '<!DOCTYPE a><a/>', false],
    ['a processing instruction', '<a><?pi x?></a>', false],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>', false],
    ['XML 1.1', '<?xml version="1.1"?><a/>', false],
    ['a non-ASCII name', '<表/>', false],
    ['a name starting with a digit', '<1a/>', false],
    ['/ not followed by >', '<a / >', false],
  ])('%s', (_label, xml, fast) => {
    expect(expectAgrees(xml, _label)).toBe(fast);
  });

  it('reads every real part in chunks of any size exactly as whole', () => {
    const next = prng(20261207);
    for (const { xml } of parts) expectSameInChunks(xml, next);
  });

  it('passes over runs longer than a chunk (whitespace, a comment, text, references at the cut) as saxes reads them', () => {
    const next = prng(7);
    const long = 1.5 * 1024 * 1024;
    const cases = [
      `<a><b>1</b>${' \r\n\t'.repeat(long / 4)}<b>2</b></a>`,
      `<a><!--${'统计 - '.repeat(long / 5)}--><b/></a>`,
      `<a><v>${'&amp;&#x4E2D;]]'.repeat(long / 14)}</v></a>`,
      `<a><v>${'x\r\n😀]'.repeat(long / 6)}]]</v></a>`,
      `<a>${'y'.repeat(long)}]]></a>`,
      `<a/>${' '.repeat(long)}`,
      `<a>${'\r'.repeat(long)}<!-- ${'-'.repeat(3)} --></a>`,
    ];
    for (const xml of cases) {
      expect(byScannerInChunks(xml, next, 1 << 21).ok).toBe(bySaxes(xml).ok);
      expectSameInChunks(xml, next, 1 << 21);
      if (bySaxes(xml).ok) expectAgrees(xml, xml.slice(0, 20));
    }
  });

  it('never accepts what saxes refuses, over random damage to real parts', () => {
    const next = prng(20261123);
    const pieces = ['<', '>', '/', '&', ';', '"', "'", '=', ' ', '\t', '\n', '\r', ']', ']]>', '!', '?', ':', '#', 'x', '0', '&#', '&amp;', '&#x', '\u0001', '\uFFFE', '\uD800', 'é', '中', '<a>', '</a>', '/>', 'r="1"', '<!--', '-->'];
    const sources = parts.filter((p) => p.xml.length < 40_000);
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const source = sources[Math.floor(next() * sources.length)].xml;
      let xml = source;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (xml.length + 1));
        const kind = next();
        const piece = pieces[Math.floor(next() * pieces.length)];
        if (kind < 0.4) xml = xml.slice(0, at) + piece + xml.slice(at);
        else if (kind < 0.7) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(next() * 4));
        else if (kind < 0.9) xml = xml.slice(0, at) + piece + xml.slice(at + piece.length);
        else xml = xml.slice(0, at);
      }
      if (expectAgrees(xml, `round ${round}`)) accepted++;
      if (round % 3 === 0) expectSameInChunks(xml, next, 200);
    }
    // Some damage leaves the part well-formed (inside text, say): those must read exactly as saxes reads them.
    expect(accepted).toBeGreaterThan(100);
  });
});
