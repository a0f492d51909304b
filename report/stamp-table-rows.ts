import { strFromU8, strToU8 } from 'fflate';
import { escapeXmlText } from './xml-escape.js';
import { zipParts, type PartContent, type PartDeflater } from './zip-parts.js';

/*
 * Why this exists: the docx library builds a tree of objects for every cell,
 * paragraph and run and then serialises it: a national 报送情况 table (3,000
 * rows × 9 cells) took ~9 s of CPU and most of a gigabyte, and a city's three
 * figure tables (~45 rows × 6 cells each) ~120 ms of a cold process. Rows
 * differ only in a few ways (a figure row's `其中` indent), so the library
 * renders ONE prototype row per way a row can look (its shape), with markers
 * for cell texts, and this module copies the prototypes' XML once per row,
 * putting each row's escaped text where the markers were. The library still
 * writes every byte of markup (styles, borders, indents, cantSplit, header
 * repeat); only the text differs between copies of one prototype.
 */

const DOCUMENT_PART = 'word/document.xml';
const ROW_END = '</w:tr>';

/** One body row of a stamped table: which prototype it copies, and its cell texts in column order. */
export interface StampRow {
  shape: number;
  texts: readonly string[];
}

/**
 * One table to stamp: per shape, the markers of its prototype row (in column
 * order); the prototypes are consecutive rows of the table, in this order. They
 * are all replaced by `rows`, each a copy of its shape's prototype.
 */
export interface TableStamp {
  prototypes: readonly (readonly string[])[];
  rows: readonly StampRow[];
}

/**
 * Texts for a prototype row's cells, one per column. A random part makes them
 * impossible to meet in a title or note by chance or by design, so the one row
 * that holds them is the prototype.
 */
export function rowMarkers(columns: number): string[] {
  // getRandomValues, not randomUUID: the latter is missing before Chrome 92 (360's speed mode, EdgeHTML 18).
  const nonce = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');
  // Closed by `E`: column 1's marker must not be a prefix of column 10's.
  return Array.from({ length: columns }, (_, i) => `STAMP${nonce}C${i}E`);
}

/**
 * What the docx library should render for a table's body and how to stamp it
 * afterwards: one prototype (fresh markers) per distinct `shape` among `rows`,
 * in the order shapes first appear (compared as Map keys). No rows: no
 * prototypes, nothing to stamp.
 * @example planTableStamp(2, [{ shape: 0, texts: ['a', 'b'] }, { shape: 1, texts: ['c', 'd'] }])
 *   // prototypes: [{ shape: 0, markers }, { shape: 1, markers }], stamp.rows[1].shape === 1
 */
export function planTableStamp<S>(
  columns: number,
  rows: readonly { shape: S; texts: readonly string[] }[],
): { prototypes: { shape: S; markers: string[] }[]; stamp: TableStamp | undefined } {
  const index = new Map<S, number>();
  const prototypes: { shape: S; markers: string[] }[] = [];
  const stampRows = rows.map(({ shape, texts }) => {
    let at = index.get(shape);
    if (at === undefined) {
      at = prototypes.push({ shape, markers: rowMarkers(columns) }) - 1;
      index.set(shape, at);
    }
    return { shape: at, texts };
  });
  return { prototypes, stamp: prototypes.length ? { prototypes: prototypes.map((p) => p.markers), rows: stampRows } : undefined };
}

/** Where a row starts: `<w:tr>` or `<w:tr …>`, not `<w:trPr>`. */
function rowStartBefore(xml: string, position: number): number {
  return Math.max(xml.lastIndexOf('<w:tr>', position), xml.lastIndexOf('<w:tr ', position));
}

/** A prototype row found in the document: its extent, and its XML as fixed pieces around each column's text. */
interface Prototype {
  start: number;
  end: number;
  pieces: string[];
}

/** The one `<w:tr>` holding `markers`, each once in the whole document, in column order. */
function findPrototype(xml: string, markers: readonly string[]): Prototype {
  if (markers.length === 0) throw new Error('stampTablesInXml: a prototype without markers');
  const positions = markers.map((m) => {
    const at = xml.indexOf(m);
    if (at < 0 || xml.indexOf(m, at + m.length) >= 0) throw new Error(`stampTablesInXml: marker ${m} is not in the document exactly once`);
    return at;
  });
  if (positions.some((p, i) => i > 0 && p <= positions[i - 1])) throw new Error('stampTablesInXml: markers out of column order');
  const start = rowStartBefore(xml, positions[0]);
  const last = positions[positions.length - 1];
  const endAt = xml.indexOf(ROW_END, last);
  if (start < 0 || endAt < 0) throw new Error('stampTablesInXml: the markers are not inside a table row');
  const end = endAt + ROW_END.length;
  // One row only: no other row may begin or end between the prototype's tags.
  if (rowStartBefore(xml, endAt) !== start || xml.lastIndexOf(ROW_END, last) > start) {
    throw new Error('stampTablesInXml: the markers span more than one table row');
  }
  const pieces: string[] = [];
  let from = start;
  markers.forEach((m, i) => {
    pieces.push(xml.slice(from, positions[i]));
    from = positions[i] + m.length;
  });
  pieces.push(xml.slice(from, end));
  return { start, end, pieces };
}

/** A table's prototypes, which must be consecutive rows in the order given. */
function findTable(xml: string, table: TableStamp): { start: number; end: number; prototypes: Prototype[] } {
  if (table.prototypes.length === 0) throw new Error('stampTablesInXml: a table without prototypes');
  const prototypes = table.prototypes.map((markers) => findPrototype(xml, markers));
  prototypes.forEach((p, i) => {
    if (i > 0 && p.start !== prototypes[i - 1].end) throw new Error('stampTablesInXml: the prototypes of a table are not consecutive rows in order');
  });
  return { start: prototypes[0].start, end: prototypes[prototypes.length - 1].end, prototypes };
}

/**
 * The document's XML with each table's prototype rows (see TableStamp)
 * replaced by one copy per entry of its `rows`, where marker i of the row's
 * prototype becomes the XML-escaped `texts[i]`. Throws when a prototype is not
 * there as described or a row does not fit it: a programming error, not a
 * user's.
 */
export function stampTablesInXml(xml: string, tables: readonly TableStamp[]): string {
  return [...stampedXmlPieces(xml, tables)].join('');
}

/**
 * stampTablesInXml's result in pieces, in order, for writing without holding
 * it whole (a national document.xml is ~20 M characters). Every prototype is
 * found and checked before the first piece; a row that does not fit throws
 * when reached.
 */
export function* stampedXmlPieces(xml: string, tables: readonly TableStamp[]): Generator<string> {
  const found = tables.map((t) => ({ table: t, ...findTable(xml, t) })).sort((a, b) => a.start - b.start);
  // Two tables' prototypes can only overlap if they share markers.
  found.forEach((f, i) => {
    if (i > 0 && f.start < found[i - 1].end) throw new Error('stampTablesInXml: two tables share a prototype row');
  });
  let from = 0;
  for (const { table, start, end, prototypes } of found) {
    yield xml.slice(from, start);
    for (const { shape, texts } of table.rows) {
      const pieces = prototypes[shape]?.pieces;
      if (!pieces) throw new Error(`stampTablesInXml: a row of shape ${shape} for ${prototypes.length} prototypes`);
      const columns = pieces.length - 1;
      if (texts.length !== columns) throw new Error(`stampTablesInXml: a row of ${texts.length} cells for ${columns} columns`);
      let row = '';
      for (let i = 0; i < columns; i++) row += pieces[i] + escapeXmlText(texts[i]);
      yield row + pieces[columns];
    }
    from = end;
  }
  yield xml.slice(from);
}

/**
 * A .docx of the package parts the docx library compiled (path to XML text or
 * bytes, in the library's order) with the prototype rows of `tables` stamped
 * out of word/document.xml (see stampTablesInXml), zipped once; the other parts
 * are kept as they were, in the same order; `deflater` is the shell's.
 */
export function stampTables(parts: ReadonlyMap<string, string | Uint8Array>, tables: readonly TableStamp[], deflater: PartDeflater): Promise<Uint8Array> {
  const xml = parts.get(DOCUMENT_PART);
  if (xml === undefined) throw new Error(`stampTables: no ${DOCUMENT_PART} in the package`);
  const contents: Record<string, PartContent> = {};
  for (const [path, data] of parts) {
    // document.xml goes to the zip in pieces, encoded and deflated as they come.
    if (path === DOCUMENT_PART) contents[path] = stampedXmlPieces(typeof xml === 'string' ? xml : strFromU8(xml), tables);
    else contents[path] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipParts(contents, deflater);
}
