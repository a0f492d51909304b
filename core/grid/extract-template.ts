import type { Issue } from '../issues/issue.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { Extracted, ExtractResult } from './extracted.js';
import { findTemplateSheet, type FindSheetResult, type SheetTarget } from './find-sheet.js';
import { holdsCodeOf } from './holds-code.js';
import { specTables, tableOfIndicator, type SpecTableView } from '../spec/spec-tables.js';
import type { ExtractedRow, ExtractedTable } from './extracted.js';
import type { WorkbookGrids } from './grid.js';
import { prepareSpec } from './prepared-spec.js';
import { readHeader } from './read-header.js';
import { readMeta } from './read-meta.js';
import { readRows } from './read-rows.js';
import { gatherUncached } from './gather-uncached.js';
import { decodeEmbeddedSpec } from '../spec/decode-embedded-spec.js';
import { diffSpecs, type SpecDiff } from '../spec/diff-specs.js';
import { embeddedSpecIssue, otherVersionIssue } from './spec-version-issues.js';
import { normaliseCode } from './normalise-label.js';
import type { TemplateMeta } from './extracted.js';
import {
  missingColumnIssue,
  missingRowIssue,
  sheetRenamedIssue,
  tableSheetMissingIssue,
  specChangedIssue,
  tableNotFoundIssue,
  wrongTemplateIssue,
  yearHeadsIssue,
} from './structure-issues.js';

/** Header fields may also sit in a block under the table (填报人、联系电话 …): this many rows are searched. */
const FOOTER_ROWS = 30;

/**
 * Extracts a template sheet from a workbook: finds the sheet, the table by its
 * heads, the rows by 代码 and the header fields by label, and reads every value
 * cell. What it had to assume or could not read comes back as issues; a
 * workbook that is not this template (or another version of it) is refused
 * with `{ ok: false }` and the issues that say why.
 *
 * A workbook made from another version of this spec that carries that version
 * (see core/spec/decode-embedded-spec) is compared with it: when every
 * indicator of this spec is in it unchanged, it is read as usual, with a soft
 * issue naming the differences; otherwise the rows whose meaning differs are
 * not read and a hard issue names the differences, so the unit is told to
 * refill it and nothing misread is summed. A carried spec that cannot be
 * trusted refuses the workbook.
 * @example const r = extractTemplate(standardSpec, workbook); if (r.ok) r.extracted.rows.A01.current.reading
 */
export function extractTemplate(spec: TemplateSpec, workbook: WorkbookGrids): ExtractResult {
  const prepared = prepareSpec(spec);
  const issues: Issue[] = [];

  let meta = readMeta(workbook);
  if (meta && meta.templateId !== spec.id) return { ok: false, issues: [wrongTemplateIssue(spec, meta)] };
  let unread: ReadonlySet<string> = new Set();
  let foreign: ReadonlySet<string> = new Set();
  const otherVersion = meta && (meta.version !== spec.version || (meta.fingerprint !== undefined && meta.fingerprint !== prepared.fingerprint));
  if (meta && otherVersion && meta.embedded) {
    // Decoded only here: a file of this very spec costs a merge nothing.
    const decoded = decodeEmbeddedSpec(meta.embedded, meta);
    if (!decoded.ok) return { ok: false, issues: [embeddedSpecIssue(decoded, meta)] };
    const diff = diffSpecs(decoded.spec, spec);
    issues.push(otherVersionIssue(spec, decoded, prepared.fingerprint, diff));
    foreign = new Set(diff.foreignCodes);
    if (!diff.tableCompatible) {
      unread = new Set(diff.changedCodes);
      meta = withoutPrior(meta, diff);
    }
  } else if (meta && meta.version !== spec.version) {
    return { ok: false, issues: [wrongTemplateIssue(spec, meta)] };
  } else if (meta?.fingerprint && meta.fingerprint !== prepared.fingerprint) {
    issues.push(specChangedIssue(spec, meta.fingerprint, prepared.fingerprint));
  }

  const tables = specTables(spec);
  const multi = tables.length > 1;
  const ownCodes = (t: SpecTableView) => new Set(t.indicators.map((i) => i.code));
  const otherTable = (code: string) => {
    const t = prepared.indicatorByCode.has(code) ? tableOfIndicator(spec, code) : undefined;
    return t && { title: t.title.zh, titleEn: t.title.en, sheetName: t.sheetName };
  };
  const located = findTemplateSheet(workbook, prepared, multi ? tableTarget(tables[0], new Set()) : undefined);
  if (!located.found) {
    // The first table (with the header) gone from a workbook that holds another table of this template: said so, not "not this template".
    const other = multi ? findTemplateSheet(workbook, prepared) : located;
    return { ok: false, issues: [...issues, other.found ? tableSheetMissingIssue(tables[0]) : tableNotFoundIssue(spec, located)] };
  }
  const { grid, head } = located;
  const sheet = grid.sheetName;
  const rows: Record<string, ExtractedRow> = {};
  const read: ExtractedTable[] = [];
  const claimed = new Set<string>();
  let lastRow = head.headRow;
  // Unread: the other version's own rows, and rows whose meaning differs: the version issue speaks for them.
  const readTable = (table: SpecTableView, found: Extract<FindSheetResult, { found: true }>, first: boolean) => {
    const at = found.grid.sheetName;
    claimed.add(at);
    if (found.renamed) issues.push(sheetRenamedIssue(table.sheetName, at));
    if (found.head.yearHeads) issues.push(yearHeadsIssue(spec, at, found.head, found.head.yearHeads));
    for (const column of spec.columns) {
      if (column.required && found.head.columns[column.key] === undefined) issues.push(missingColumnIssue(column, at, found.head.headRow));
    }
    const result = readRows(found.grid, prepared, found.head, multi ? { codes: ownCodes(table), elsewhere: otherTable } : undefined);
    for (const code of unread) delete result.rows[code];
    const rowIssues = result.issues.filter(
      (i) => !(i.indicator !== undefined && unread.has(i.indicator)) && !(i.code === 'structure.unknown-row' && foreign.has(normaliseCode(String(i.values.code)))),
    );
    issues.push(...gatherUncached(rowIssues, at));
    for (const [code, row] of Object.entries(result.rows)) rows[code] = first ? row : { ...row, sheet: at };
    for (const indicator of table.indicators) {
      if (!rows[indicator.code] && !unread.has(indicator.code)) issues.push(missingRowIssue(indicator, at));
    }
    read.push({ id: table.id, sheet: at, headRow: found.head.headRow });
    if (first) lastRow = result.lastRow;
  };
  readTable(tables[0], located, true);
  for (const table of tables.slice(1)) {
    const found = findTemplateSheet(workbook, prepared, tableTarget(table, claimed));
    // A table's sheet deleted or renamed past recognition: its own issue, not one missing row per indicator.
    if (found.found) readTable(table, found, false);
    else issues.push(tableSheetMissingIssue(table));
  }

  const { header, parsed, issues: headerIssues } = readHeader(grid, prepared, [
    { top: 1, bottom: head.headRow - 1 },
    { top: lastRow + 1, bottom: lastRow + FOOTER_ROWS },
  ]);
  issues.push(...headerIssues);

  const extracted: Extracted = {
    sheet,
    ...(meta ? { meta } : {}),
    header,
    ...parsed,
    headRow: head.headRow,
    columns: head.columns,
    rows,
    issues,
    ...(multi ? { tables: read } : {}),
  };
  return { ok: true, extracted };
}

/** Where to look for one table of several: its own sheet, else a sheet not yet taken that holds one of its codes. */
function tableTarget(table: SpecTableView, claimed: ReadonlySet<string>): SheetTarget {
  const codes = new Set(table.indicators.map((i) => i.code));
  return { sheetName: table.sheetName, claimed, holds: (grid, head) => holdsCodeOf(grid, head, codes) };
}

/** The meta with the pre-filled 上年 of rows not read taken out (they are not compared either). */
function withoutPrior(meta: TemplateMeta, diff: SpecDiff): TemplateMeta {
  if (!meta.prefill) return meta;
  const skip = new Set([...diff.changedCodes, ...diff.foreignCodes]);
  const prior = Object.fromEntries(Object.entries(meta.prefill.unit.prior).filter(([code]) => !skip.has(code)));
  return { ...meta, prefill: { ...meta.prefill, unit: { ...meta.prefill.unit, prior } } };
}
