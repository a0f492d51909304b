import { SaxesParser } from 'saxes';
import { ReadRefusal, fileIssue } from './file-issue.js';
import { XmlFallback, XmlScanner, localName } from './scan-xml.js';
export { CONTENT_TYPES_NAMESPACE, RELATIONSHIPS_NAMESPACE, isSpreadsheetMl } from './namespaces.js';

/** An element's attributes as name, value, name, value … in document order (names as written, prefix and all). */
export type XmlAttributes = readonly string[];

/**
 * Callbacks of one part's parse. Element names are local names (`x:c` and `c`
 * are both `c`) given with their namespace URI, which readers match: an
 * element of a foreign namespace that shares a local name is not the same element.
 */
export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean, namespace: string): void;
  close?(name: string, namespace: string): void;
  text?(text: string): void;
  /**
   * Whether the handler would use text at this point (default: always). The
   * fast scanner then skips text nobody wants without building it; saxes
   * still reports it, and the handler ignores it as before.
   */
  wantsText?(): boolean;
}

/**
 * A part's text: whole, or a function that pushes it in chunks (a large part
 * streamed from the archive, never held whole). A streamed source may be
 * pushed more than once (the fast scanner's fallback reads it again).
 */
export type XmlSource = string | ((sink: (chunk: string) => void) => void);

function eachChunk(source: XmlSource, sink: (chunk: string) => void): void {
  if (typeof source === 'string') sink(source);
  else source(sink);
}

/**
 * SAX-parses one package part. Refuses a DOCTYPE or ENTITY declaration
 * (`file.xml-doctype`) without expanding anything, and turns a parse error into
 * `file.malformed-xml`. Namespace prefixes vary between producers (`x:c`,
 * `ns0:sheetData`), so handlers see local names with their namespace URI, never prefixes. Throws ReadRefusal.
 */
export function parseXml(source: XmlSource, fileName: string, part: string, handlers: XmlHandlers): void {
  const guard = declarationGuard(fileName, part);
  const parser = new SaxesParser({ position: false, xmlns: true });
  parser.on('doctype', () => {
    throw new ReadRefusal(fileIssue('file.xml-doctype', fileName, { part }));
  });
  parser.on('opentag', (tag) => handlers.open(tag.local ?? localName(tag.name), attributeList(tag.attributes), tag.isSelfClosing, tag.uri ?? ''));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(tag.local ?? localName(tag.name), tag.uri ?? ''));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  // saxes holds a whole comment, CDATA section, text run or tag before it reports it: on a streamed part
  // (> STREAM_FROM, never held whole) that would let one run of a part's size into memory.
  const runs = typeof source === 'string' ? undefined : runGuard(fileName, part);
  try {
    eachChunk(source, (chunk) => {
      guard(chunk);
      runs?.(chunk);
      parser.write(chunk);
    });
    parser.close();
  } catch (error) {
    throwAsMalformed(error, fileName, part);
  }
}

/** A parse error as `file.malformed-xml`; a refusal, or the fast scanner's call for saxes, passes through as it is. */
function throwAsMalformed(error: unknown, fileName: string, part: string): never {
  if (error instanceof ReadRefusal || error instanceof XmlFallback) throw error;
  throw new ReadRefusal(fileIssue('file.malformed-xml', fileName, { part }));
}

/** parseXml or parseXmlFast: what a part's reader is handed by withXmlFallback. */
export type XmlParser = (source: XmlSource, fileName: string, part: string, handlers: XmlHandlers) => void;

/**
 * parseXml with the fast scanner (scan-xml.ts) instead of saxes: the same
 * refusals and events for the XML it takes; throws XmlFallback at anything
 * else, for withXmlFallback to read the part again with saxes.
 */
export function parseXmlFast(source: XmlSource, fileName: string, part: string, handlers: XmlHandlers): void {
  const guard = declarationGuard(fileName, part);
  try {
    const scanner = new XmlScanner(handlers);
    eachChunk(source, (chunk) => {
      guard(chunk);
      scanner.write(chunk);
    });
    scanner.close();
  } catch (error) {
    // As with saxes, an exception in a handler is reported as the part being malformed.
    throwAsMalformed(error, fileName, part);
  }
}

/**
 * Runs a part's reader with the fast scanner and, when the part holds XML the
 * scanner leaves to saxes, runs it again from scratch with saxes; `read` must
 * keep all its state inside, so the second run starts clean.
 * @example const names = withXmlFallback((parse) => { const n: string[] = []; parse(xml, file, part, { open: (name) => n.push(name) }); return n; });
 */
export function withXmlFallback<T>(read: (parse: XmlParser) => T): T {
  try {
    return read(parseXmlFast);
  } catch (error) {
    if (error instanceof XmlFallback) return read(parseXml);
    throw error;
  }
}

/** A DOCTYPE or ENTITY declaration anywhere in a part (even one saxes would reject later) is refused by name. */
export function refuseDeclarations(xml: string, fileName: string, part: string): void {
  declarationGuard(fileName, part)(xml);
}

/**
 * refuseDeclarations over a part given in chunks: `<!D` or `<!E` anywhere
 * (comments and CDATA are allowed), also when a chunk boundary cuts it.
 */
function declarationGuard(fileName: string, part: string): (chunk: string) => void {
  let carry = '';
  return (chunk) => {
    const text = carry === '' ? chunk : carry + chunk.slice(0, 2);
    const refuse = (): never => {
      throw new ReadRefusal(fileIssue('file.xml-doctype', fileName, { part }));
    };
    if (carry !== '') for (let i = text.indexOf('<!'); i >= 0; i = text.indexOf('<!', i + 2)) {
      const next = text.charCodeAt(i + 2);
      if (next === 68 || next === 69) refuse();
    }
    for (let i = chunk.indexOf('<!'); i >= 0; i = chunk.indexOf('<!', i + 2)) {
      const next = chunk.charCodeAt(i + 2);
      if (next === 68 || next === 69) refuse();
    }
    carry = chunk.length >= 2 ? chunk.slice(-2) : carry.slice(-(2 - chunk.length)) + chunk;
  };
}

/**
 * The longest run saxes may buffer in a streamed part: a comment, a CDATA section, a processing
 * instruction, a tag or the text between two tags. Far above what any producer writes (a cell's
 * text is at most 32,767 characters, some 200,000 once escaped), far below a part's size.
 */
export const MAX_XML_RUN = 1 << 20;

type RunState = 'text' | 'tag-start' | 'tag' | 'single' | 'double' | 'comment' | 'cdata' | 'pi';

/**
 * Refuses, as `file.xml-run-too-long`, a run longer than MAX_XML_RUN in a part given in chunks: the
 * markup's own delimiters tracked across chunk boundaries (`<!--`…`-->`, `<![CDATA[`…`]]>`,
 * `<?`…`?>`, quoted attribute values), so no construct saxes would buffer whole grows past it.
 */
function runGuard(fileName: string, part: string): (chunk: string) => void {
  let state: RunState = 'text';
  let run = 0;
  // What follows `<` so far, to tell a comment, CDATA or instruction from a tag; and the last two characters.
  let opening = '';
  let last1 = 0;
  let last2 = 0;
  const enter = (next: RunState) => {
    state = next;
    run = 0;
  };
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      run++;
      switch (state) {
        case 'text':
          if (c === 60) {
            enter('tag-start');
            opening = '';
          }
          break;
        case 'tag-start':
          opening += chunk[i];
          if (opening === '?') enter('pi');
          else if (opening === '!--') enter('comment');
          else if (opening === '![CDATA[') enter('cdata');
          else if (!'![CDATA['.startsWith(opening) && !'!--'.startsWith(opening)) {
            state = 'tag';
            if (c === 62) enter('text');
            else if (c === 34) state = 'double';
            else if (c === 39) state = 'single';
          }
          break;
        case 'tag':
          if (c === 62) enter('text');
          else if (c === 34) state = 'double';
          else if (c === 39) state = 'single';
          break;
        case 'double':
          if (c === 34) state = 'tag';
          break;
        case 'single':
          if (c === 39) state = 'tag';
          break;
        case 'comment':
          if (c === 62 && last1 === 45 && last2 === 45) enter('text');
          break;
        case 'cdata':
          if (c === 62 && last1 === 93 && last2 === 93) enter('text');
          break;
        case 'pi':
          if (c === 62 && last1 === 63) enter('text');
          break;
      }
      last2 = last1;
      last1 = c;
      if (run > MAX_XML_RUN) throw new ReadRefusal(fileIssue('file.xml-run-too-long', fileName, { part, limit: MAX_XML_RUN }));
    }
  };
}

/**
 * An attribute of SpreadsheetML: unqualified by the schema (`r`, `t`, `s`,
 * `name`), whatever prefix the element carries, so a direct lookup is exact.
 */
export function attribute(attributes: XmlAttributes, name: string): string | undefined {
  for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return attributes[k + 1];
  return undefined;
}

/** The relationship id of an element: the `id` attribute in a prefixed (relationships) namespace. */
export function relationshipId(attributes: XmlAttributes): string | undefined {
  for (let k = 0; k < attributes.length; k += 2) {
    const key = attributes[k];
    if (key.endsWith(':id') && !key.startsWith('xmlns')) return attributes[k + 1];
  }
  return undefined;
}

function attributeList(attributes: Record<string, { value: string } | string>): string[] {
  const list: string[] = [];
  for (const key in attributes) {
    const attribute = attributes[key];
    list.push(key, typeof attribute === 'string' ? attribute : attribute.value);
  }
  return list;
}
