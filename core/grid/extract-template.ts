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
 * @example const r = extractTemplate(standardSpec, workbook); if (r.ok) r.extracted.rows.A01.current.reading
 */
export function extractTemplate(spec: TemplateSpec, workbook: WorkbookGrids): ExtractResult {
  const prepared = prepareSpec(spec);
  const issues: Issue[] = [];

  const meta = readMeta(workbook);
  if (meta && (meta.templateId !== spec.id || meta.version !== spec.version)) {
    return { ok: false, issues: [wrongTemplateIssue(spec, meta)] };
  }
  if (meta?.fingerprint && meta.fingerprint !== prepared.fingerprint) {
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
  issues.push(...gatherUncached(table.issues, sheet));
  for (const indicator of spec.indicators) {
    if (!table.rows[indicator.code]) issues.push(missingRowIssue(indicator, sheet));
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
