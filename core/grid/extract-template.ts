import type { Issue } from '../issues/issue.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { Extracted, ExtractResult } from './extracted.js';
import { findTemplateSheet } from './find-sheet.js';
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

  const located = findTemplateSheet(workbook, prepared);
  if (!located.found) return { ok: false, issues: [...issues, tableNotFoundIssue(spec, located)] };
  const { grid, head, renamed } = located;
  const sheet = grid.sheetName;
  if (renamed) issues.push(sheetRenamedIssue(spec, sheet));
  if (head.yearHeads) issues.push(yearHeadsIssue(spec, sheet, head, head.yearHeads));
  for (const column of spec.columns) {
    if (column.required && head.columns[column.key] === undefined) issues.push(missingColumnIssue(column, sheet, head.headRow));
  }

  const table = readRows(grid, prepared, head);
  // The other version's own rows, and rows whose meaning differs: the version issue speaks for them.
  for (const code of unread) delete table.rows[code];
  const rowIssues = table.issues.filter(
    (i) => !(i.indicator !== undefined && unread.has(i.indicator)) && !(i.code === 'structure.unknown-row' && foreign.has(normaliseCode(String(i.values.code)))),
  );
  issues.push(...gatherUncached(rowIssues, sheet));
  for (const indicator of spec.indicators) {
    if (!table.rows[indicator.code] && !unread.has(indicator.code)) issues.push(missingRowIssue(indicator, sheet));
  }

  const { header, parsed, issues: headerIssues } = readHeader(grid, prepared, [
    { top: 1, bottom: head.headRow - 1 },
    { top: table.lastRow + 1, bottom: table.lastRow + FOOTER_ROWS },
  ]);
  issues.push(...headerIssues);

  const extracted: Extracted = {
    sheet,
    ...(meta ? { meta } : {}),
    header,
    ...parsed,
    headRow: head.headRow,
    columns: head.columns,
    rows: table.rows,
    issues,
  };
  return { ok: true, extracted };
}

/** The meta with the pre-filled 上年 of rows not read taken out (they are not compared either). */
function withoutPrior(meta: TemplateMeta, diff: SpecDiff): TemplateMeta {
  if (!meta.prefill) return meta;
  const skip = new Set([...diff.changedCodes, ...diff.foreignCodes]);
  const prior = Object.fromEntries(Object.entries(meta.prefill.unit.prior).filter(([code]) => !skip.has(code)));
  return { ...meta, prefill: { ...meta.prefill, unit: { ...meta.prefill.unit, prior } } };
}
