import type { ReadWorkbookResult } from './read-workbook-result.js';
import { classifyWorkbookBytes } from './classify-file.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { findPartByContentType, parseContentTypeOverrides } from './content-types.js';
import { FastWorkbook, type SharedStringTable, type SheetPartRef } from './fast-workbook.js';
import { ReadRefusal, fileIssue } from './file-issue.js';
import { parseRelationships, relsPartFor, type Relationship } from './relationships.js';
import { countSharedStrings, parseSharedStrings } from './shared-strings.js';
import { parseStyles } from './parse-styles.js';
import { parseWorkbook } from './parse-workbook.js';
import { parsePartOnce } from './parsed-parts.js';
import { ZipArchive, type ZipCodecs } from './zip-archive.js';

export interface ReadWorkbookFastOptions {
  /**
   * Sheets to parse now rather than on first use, so that a sheet that cannot
   * be read makes the whole result `{ ok: false }`. Default: none (lazy).
   */
  preload?: readonly string[] | 'all';
  /** The host's native CRC-32 and inflate (see ZipCodecs); default: the reader's own. */
  codecs?: ZipCodecs;
  /**
   * Cells (and merges) right of this column are checked and counted but not
   * kept: a submission's reader passes the columns the template's table and
   * header can occupy (TEMPLATE_SCAN_COLS), so what is kept is bounded by the
   * template, not by the file. Default: every column.
   */
  keepColumns?: number;
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const WORKBOOK_CONTENT_TYPE = /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/i;

/**
 * Reads an .xlsx from its bytes, inflating only the parts it needs: the
 * package and workbook relationships, the workbook, shared strings, styles and,
 * lazily, each sheet asked for. Never throws: a file it cannot read gives
 * `{ ok: false, issue }` with a `file.*` code.
 *
 * @example
 * const result = readWorkbookFast(bytes, '城区总工会.xlsx');
 * if (result.ok) result.workbook.sheet('基本情况统计表')?.cell(5, 4);
 */
export function readWorkbookFast(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  options: ReadWorkbookFastOptions = {},
): ReadWorkbookResult & { workbook?: FastWorkbook } {
  try {
    const refused = classifyWorkbookBytes(bytes, fileName, limits);
    if (refused) return { ok: false, issue: refused };
    const workbook = openWorkbook(bytes, fileName, limits, options.codecs, options.keepColumns);
    const preload = options.preload === 'all' ? workbook.sheetNames : options.preload ?? [];
    for (const name of preload) {
      const sheet = workbook.readSheet(name);
      if (!sheet.ok && sheet.issue) return { ok: false, issue: sheet.issue };
    }
    return { ok: true, workbook };
  } catch (error) {
    if (error instanceof ReadRefusal) return { ok: false, issue: error.issue };
    // Anything but a refusal is the reader's own fault: named as such, never with the exception's (English) text.
    return { ok: false, issue: fileIssue('file.reader-fault', fileName) };
  }
}

function openWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits, codecs?: ZipCodecs, keepColumns?: number): FastWorkbook {
  const archive = ZipArchive.open(bytes, fileName, limits, codecs);
  const mimetype = archive.entry('mimetype');
  if (mimetype) {
    const type = new TextDecoder().decode(archive.read('mimetype')).trim();
    if (type.startsWith(ODS_MIMETYPE)) throw new ReadRefusal(fileIssue('file.ods', fileName));
  }
  const workbookPart = findWorkbookPart(archive, fileName, limits);
  const notWorkbook = (): never => {
    throw new ReadRefusal(fileIssue('file.not-workbook', fileName, { part: 'xl/workbook.xml' }));
  };
  if (!workbookPart) return notWorkbook();
  // The small parts files made from one template share are parsed once per thread (parsed-parts.ts).
  const workbook = parsePartOnce(archive, workbookPart, 'workbook', limits, (xml) => parseWorkbook(xml, fileName, workbookPart));
  if (workbook === undefined || !workbook.isWorkbook) return notWorkbook();

  const relsPart = relsPartFor(workbookPart);
  const rels = parsePartOnce(archive, relsPart, 'rels', limits, (xml) => parseRelationships(xml, workbookPart, fileName, relsPart)) ?? [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const firstOfKind = (kind: string): Relationship | undefined => rels.find((r) => r.kind === kind && !r.external);

  const sharedStringsPart = firstOfKind('sharedStrings')?.target;
  const sharedStringsSource = sharedStringsPart === undefined ? undefined : archive.textSource(sharedStringsPart);
  // A table small enough to read whole is kept whole (the usual case); a larger one is counted (every string
  // checked) and read again later for the strings the kept cells use.
  let sharedStrings: SharedStringTable | undefined;
  if (typeof sharedStringsSource === 'string') {
    const strings = parseSharedStrings(sharedStringsSource, fileName, sharedStringsPart as string, limits);
    sharedStrings = { part: sharedStringsPart as string, count: strings.length, strings };
  } else if (sharedStringsSource !== undefined) {
    sharedStrings = { part: sharedStringsPart as string, count: countSharedStrings(sharedStringsSource, fileName, sharedStringsPart as string, limits) };
  }

  const stylesPart = firstOfKind('styles')?.target;
  const styles = stylesPart === undefined ? [] : parsePartOnce(archive, stylesPart, 'styles', limits, (xml) => parseStyles(xml, fileName, stylesPart)) ?? [];

  const sheets: SheetPartRef[] = [];
  const hidden = new Set<string>();
  for (const entry of workbook.sheets) {
    const rel = byId.get(entry.relationshipId);
    // Chart, dialog and macro sheets hold no cells: they are not grids.
    if (rel && rel.kind !== 'worksheet') continue;
    sheets.push({ name: entry.name, part: rel?.target });
    if (entry.state !== 'visible') hidden.add(entry.name);
  }
  return new FastWorkbook(archive, fileName, sheets, hidden, sharedStrings, styles, limits, workbook.date1904, keepColumns);
}

/**
 * The workbook part, found through the package relationship of type
 * officeDocument; when `_rels/.rels` is missing or says nothing, through the
 * content type declared in `[Content_Types].xml`.
 */
function findWorkbookPart(archive: ZipArchive, fileName: string, limits: ReadLimits): string | undefined {
  const rels = parsePartOnce(archive, '_rels/.rels', 'rels', limits, (xml) => parseRelationships(xml, '', fileName, '_rels/.rels'));
  if (rels !== undefined) {
    const main = rels.find((r) => r.kind === 'officeDocument' && !r.external && archive.has(r.target));
    if (main) return archive.entry(main.target)?.name;
  }
  const contentTypesXml = archive.readText('[Content_Types].xml');
  if (contentTypesXml !== undefined) {
    const part = findPartByContentType(parseContentTypeOverrides(contentTypesXml, fileName, '[Content_Types].xml'), WORKBOOK_CONTENT_TYPE);
    if (part && archive.has(part)) return archive.entry(part)?.name;
  }
  return undefined;
}
