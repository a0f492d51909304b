import { SaxesParser } from 'saxes';
import { ReadRefusal, fileIssue } from './file-issue.js';

export type XmlAttributes = Record<string, string>;

/** Callbacks of one part's parse. Element names are local names: `x:c` and `c` are both `c`. */
export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * SAX-parses one package part. Refuses a DOCTYPE or ENTITY declaration
 * (`file.xml-doctype`) without expanding anything, and turns a parse error into
 * `file.malformed-xml`. Namespace prefixes vary between producers (`x:c`,
 * `ns0:sheetData`), so handlers see local names only. Throws ReadRefusal.
 */
export function parseXml(xml: string, fileName: string, part: string, handlers: XmlHandlers): void {
  refuseDeclarations(xml, fileName, part);
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new ReadRefusal(fileIssue('file.xml-doctype', fileName, { part }));
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as XmlAttributes, tag.isSelfClosing));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    const reason = String((error as Error)?.message ?? error).replace(/^undefined:/, '').trim();
    throw new ReadRefusal(fileIssue('file.malformed-xml', fileName, { part, reason }));
  }
}

/** A DOCTYPE or ENTITY declaration anywhere in a part (even one saxes would reject later) is refused by name. */
export function refuseDeclarations(xml: string, fileName: string, part: string): void {
  // One pass over `<!` (comments and CDATA are allowed): D(OCTYPE) or E(NTITY) after it is refused.
  for (let i = xml.indexOf('<!'); i >= 0; i = xml.indexOf('<!', i + 2)) {
    const next = xml.charCodeAt(i + 2);
    if (next === 68 || next === 69) throw new ReadRefusal(fileIssue('file.xml-doctype', fileName, { part }));
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * An attribute of SpreadsheetML: unqualified by the schema (`r`, `t`, `s`,
 * `name`), whatever prefix the element carries, so a direct lookup is exact.
 */
export function attribute(attributes: XmlAttributes, name: string): string | undefined {
  return attributes[name];
}

/** The relationship id of an element: the `id` attribute in a prefixed (relationships) namespace. */
export function relationshipId(attributes: XmlAttributes): string | undefined {
  for (const key in attributes) {
    if (key.endsWith(':id') && !key.startsWith('xmlns')) return attributes[key];
  }
  return undefined;
}
