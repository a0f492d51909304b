/** The namespaces the reader matches elements by (Namespaces in XML: the URI decides, never the prefix). */

export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const SPREADSHEETML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** SpreadsheetML's main namespace, transitional (what Excel writes) and strict. */
export function isSpreadsheetMl(namespace: string): boolean {
  return namespace === SPREADSHEETML || namespace === SPREADSHEETML_STRICT;
}

/** The namespaces of the package's own parts: relationships and content types (the same in strict files). */
export const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';
