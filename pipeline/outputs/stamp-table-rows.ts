import { strFromU8, strToU8, unzipSync } from 'fflate';
import { escapeXmlText } from './xml-escape.js';
import { zipParts } from './zip-parts.js';

/*
 * Why this exists: the docx library builds a tree of objects for every cell,
 * paragraph and run and then serialises it; for a national 报送情况 table
 * (3,000 rows × 9 cells) that took ~9 s of CPU and most of a gigabyte. The rows
 * are uniform, so the library renders ONE prototype row whose cell texts are
 * markers, and this module copies that row's XML once per unit, putting each
 * unit's escaped text where the markers were. The library still writes every
 * byte of markup (styles, borders, cantSplit, header repeat); only the text
 * differs between copies.
 */

const DOCUMENT_PART = 'word/document.xml';
const ROW_END = '</w:tr>';

/**
 * Texts for the prototype row's cells, one per column. A random part makes
 * them impossible to meet in a title or note by chance or by design, so the
 * one row that holds them is the prototype.
 */
export function rowMarkers(columns: number): string[] {
  const nonce = globalThis.crypto.randomUUID().replace(/-/g, '');
  return Array.from({ length: columns }, (_, i) => `STAMP${nonce}C${i}`);
}

/** Where a row starts: `<w:tr>` or `<w:tr …>`, not `<w:trPr>`. */
function rowStartBefore(xml: string, position: number): number {
  return Math.max(xml.lastIndexOf('<w:tr>', position), xml.lastIndexOf('<w:tr ', position));
}

/**
 * The document's XML with the one `<w:tr>` holding `markers` (in column order,
 * each once in the whole document) replaced by one copy per entry of `rows`,
 * where marker i becomes the XML-escaped `row[i]`. Throws when the prototype
 * row is not there as described: a programming error, not a user's.
 */
export function stampRowsInXml(xml: string, markers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (markers.length === 0) throw new Error('stampRowsInXml: no markers');
  const positions = markers.map((m) => {
    const at = xml.indexOf(m);
    if (at < 0 || xml.indexOf(m, at + m.length) >= 0) throw new Error(`stampRowsInXml: marker ${m} is not in the document exactly once`);
    return at;
  });
  if (positions.some((p, i) => i > 0 && p <= positions[i - 1])) throw new Error('stampRowsInXml: markers out of column order');
  const start = rowStartBefore(xml, positions[0]);
  const last = positions[positions.length - 1];
  const endAt = xml.indexOf(ROW_END, last);
  if (start < 0 || endAt < 0) throw new Error('stampRowsInXml: the markers are not inside a table row');
  const end = endAt + ROW_END.length;
  // One row only: no other row may begin or end between the prototype's tags.
  if (rowStartBefore(xml, endAt) !== start || xml.lastIndexOf(ROW_END, last) > start) {
    throw new Error('stampRowsInXml: the markers span more than one table row');
  }
  // The prototype as fixed pieces with a hole for each column's text.
  const pieces: string[] = [];
  let from = start;
  markers.forEach((m, i) => {
    pieces.push(xml.slice(from, positions[i]));
    from = positions[i] + m.length;
  });
  pieces.push(xml.slice(from, end));

  const out: string[] = [xml.slice(0, start)];
  for (const row of rows) {
    if (row.length !== markers.length) throw new Error(`stampRowsInXml: a row of ${row.length} cells for ${markers.length} columns`);
    for (let i = 0; i < markers.length; i++) out.push(pieces[i], escapeXmlText(row[i]));
    out.push(pieces[markers.length]);
  }
  out.push(xml.slice(end));
  return out.join('');
}

/**
 * A .docx (as written by the docx library) with its prototype row stamped out
 * into `rows` (see stampRowsInXml); the other parts are kept as they were, in
 * the same order.
 */
export function stampTableRows(docx: Uint8Array, markers: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const parts = unzipSync(docx);
  const xml = parts[DOCUMENT_PART];
  if (!xml) throw new Error(`stampTableRows: no ${DOCUMENT_PART} in the package`);
  parts[DOCUMENT_PART] = strToU8(stampRowsInXml(strFromU8(xml), markers, rows));
  return zipParts(parts);
}
