import type { Issue } from '../issues/issue.js';
import { a1 } from './address.js';
import { makeIssue } from '../issues/make-issue.js';
import type { ColumnKey, HeaderFieldKey, TemplateSpec } from '../spec/template-spec.js';
import type { Extracted, ExtractedHeaderField, ExtractResult, TemplateMeta } from './extracted.js';
import { findHeaderFields, type FoundHeaderField } from './find-header-fields.js';
import { findTemplateSheet, type FindSheetResult } from './find-sheet.js';
import { HEAD_SCAN_ROWS } from './find-table.js';
import type { WorkbookGrids } from './grid.js';
import { parsePeriod, parseUnitCode, parseYear } from './parse-header-values.js';
import { prepareSpec, type PreparedSpec } from './prepared-spec.js';
import { readMeta } from './read-meta.js';
import { readRows } from './read-rows.js';

/** Header fields may also sit in a block under the table (填报人、联系电话 …): this many rows are searched. */
const FOOTER_ROWS = 30;
const LIST = '、';

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
    return { ok: false, issues: [wrongTemplate(spec, meta)] };
  }
  if (meta?.fingerprint && meta.fingerprint !== prepared.fingerprint) {
    issues.push(makeIssue({ code: 'structure.spec-changed', severity: 'soft', values: { found: meta.fingerprint, expected: prepared.fingerprint, template: spec.title.zh, version: spec.version } }));
  }

  const located = findTemplateSheet(workbook, prepared);
  if (!located.found) return { ok: false, issues: [...issues, tableNotFound(prepared, located)] };
  const { grid, head, renamed } = located;
  const sheet = grid.sheetName;
  if (renamed) {
    issues.push(makeIssue({ code: 'structure.sheet-renamed', severity: 'soft', sheet, values: { expected: spec.sheetName, found: sheet } }));
  }
  if (head.yearHeads) {
    const { current, prior } = head.yearHeads;
    const cellOf = (col: number | undefined) => (col === undefined ? '' : a1(head.headRow, col));
    issues.push(
      makeIssue({
        code: 'structure.year-heads',
        severity: 'soft',
        column: 'table',
        sheet,
        cell: cellOf(head.columns.current),
        related: [cellOf(head.columns.prior)],
        values: { current, prior, currentLabel: labelOf(spec, 'current'), priorLabel: labelOf(spec, 'prior') },
      }),
    );
  }
  for (const column of spec.columns) {
    if (column.required && head.columns[column.key] === undefined) {
      issues.push(makeIssue({ code: 'structure.missing-column', severity: 'hard', column: 'table', sheet, values: { column: column.label.zh, columnEn: column.label.en, headRow: head.headRow } }));
    }
  }

  const table = readRows(grid, prepared, head);
  issues.push(...table.issues);
  for (const indicator of spec.indicators) {
    if (!table.rows[indicator.code]) {
      issues.push(makeIssue({ code: 'structure.missing-row', severity: 'hard', indicator: indicator.code, column: 'table', sheet, values: { code: indicator.code, name: indicator.name.zh, nameEn: indicator.name.en } }));
    }
  }

  const found = findHeaderFields(grid, prepared, [
    { top: 1, bottom: head.headRow - 1 },
    { top: table.lastRow + 1, bottom: table.lastRow + FOOTER_ROWS },
  ]);
  const header: Partial<Record<HeaderFieldKey, ExtractedHeaderField>> = {};
  for (const field of Object.values(found)) {
    const { valueRaw: _raw, ...plain } = field;
    header[field.key] = plain;
  }
  const parsed = parseHeader(prepared, found, sheet, issues);

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

function parseHeader(
  prepared: PreparedSpec,
  found: Partial<Record<HeaderFieldKey, FoundHeaderField>>,
  sheet: string,
  issues: Issue[],
): Pick<Extracted, 'unitCode' | 'unitName' | 'year' | 'period'> {
  const out: Pick<Extracted, 'unitCode' | 'unitName' | 'year' | 'period'> = {};
  const unreadable = (field: FoundHeaderField, expected: string) => {
    const label = prepared.headerByKey.get(field.key)?.label;
    issues.push(
      makeIssue({
        code: 'structure.header-unreadable',
        severity: 'hard',
        column: 'header',
        sheet,
        cell: field.cell,
        values: { field: label?.zh ?? field.key, fieldEn: label?.en ?? field.key, text: field.text, expected },
      }),
    );
  };
  const { year, period, unitCode, unitName } = found;
  if (year?.text) {
    const value = parseYear(year.text, year.valueRaw);
    if (value === undefined) unreadable(year, '2024');
    else out.year = value;
  }
  if (period?.text) {
    const value = parsePeriod(period.text, prepared);
    if (value === undefined) unreadable(period, prepared.spec.periods.map((p) => p.label.zh).join(LIST));
    else out.period = value;
  }
  if (unitCode?.text) {
    const value = parseUnitCode(unitCode.text);
    if (value !== undefined) out.unitCode = value;
  }
  if (unitName?.text) out.unitName = unitName.text;
  return out;
}

function labelOf(spec: TemplateSpec, key: ColumnKey): string {
  return spec.columns.find((c) => c.key === key)?.label.zh ?? key;
}

function wrongTemplate(spec: TemplateSpec, meta: TemplateMeta): Issue {
  return makeIssue({
    code: 'structure.wrong-template',
    severity: 'hard',
    values: {
      foundTemplate: meta.templateId,
      foundVersion: Number.isFinite(meta.version) ? meta.version : '?',
      expectedTemplate: spec.id,
      expectedTitle: spec.title.zh,
      expectedVersion: spec.version,
    },
  });
}

function tableNotFound(prepared: PreparedSpec, located: Extract<FindSheetResult, { found: false }>): Issue {
  const { spec } = prepared;
  const required = spec.columns.filter((c) => c.required);
  const bestColumns: Partial<Record<ColumnKey, number>> = located.best?.head.columns ?? {};
  const missing = required.filter((c) => bestColumns[c.key] === undefined);
  const quoted = (labels: string[]) => labels.map((l) => `“${l}”`).join('');
  return makeIssue({
    code: 'structure.table-not-found',
    severity: 'hard',
    column: 'table',
    ...(located.best ? { sheet: located.best.sheet } : {}),
    values: {
      template: spec.title.zh,
      templateEn: spec.title.en,
      sheets: located.searched.length ? located.searched.join(LIST) : '—',
      sought: quoted(required.map((c) => c.label.zh)),
      missing: quoted(missing.map((c) => c.label.zh)),
      soughtEn: required.map((c) => `"${c.label.en}"`).join(', '),
      missingEn: missing.map((c) => `"${c.label.en}"`).join(', '),
      rows: HEAD_SCAN_ROWS,
    },
  });
}
