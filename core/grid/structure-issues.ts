import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Column, ColumnKey, Indicator, TemplateSpec } from '../spec/template-spec.js';
import { a1 } from './address.js';
import type { TemplateMeta } from './extracted.js';
import type { SpecTableView } from '../spec/spec-tables.js';
import type { FindSheetResult } from './find-sheet.js';
import { HEAD_SCAN_ROWS, type TableHead } from './find-table.js';

/** How lists read in Chinese messages. */
const LIST = '、';
const quoted = (labels: string[]) => labels.map((l) => `“${l}”`).join('');

export function wrongTemplateIssue(spec: TemplateSpec, meta: TemplateMeta): Issue {
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

export function specChangedIssue(spec: TemplateSpec, found: string, expected: string): Issue {
  return makeIssue({ code: 'structure.spec-changed', severity: 'soft', values: { found, expected, template: spec.title.zh, version: spec.version } });
}

/** Says which heads were sought and which the closest sheet lacked, so "not this template" comes with its reason. */
export function tableNotFoundIssue(spec: TemplateSpec, located: Extract<FindSheetResult, { found: false }>): Issue {
  const required = spec.columns.filter((c) => c.required);
  const bestColumns: Partial<Record<ColumnKey, number>> = located.best?.head.columns ?? {};
  const missing = required.filter((c) => bestColumns[c.key] === undefined);
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

export function sheetRenamedIssue(expected: string, sheet: string): Issue {
  return makeIssue({ code: 'structure.sheet-renamed', severity: 'soft', sheet, values: { expected, found: sheet } });
}

/** A table of several whose sheet is not in the workbook (deleted, or renamed and emptied of its codes). */
export function tableSheetMissingIssue(table: SpecTableView): Issue {
  return makeIssue({
    code: 'table.sheet-missing',
    severity: 'hard',
    column: 'table',
    values: { table: table.title.zh, tableEn: table.title.en, expected: table.sheetName },
  });
}

export function yearHeadsIssue(spec: TemplateSpec, sheet: string, head: TableHead, years: { current: number; prior: number }): Issue {
  const cellOf = (col: number | undefined) => (col === undefined ? '' : a1(head.headRow, col));
  const labelOf = (key: ColumnKey) => spec.columns.find((c) => c.key === key)?.label.zh ?? key;
  return makeIssue({
    code: 'structure.year-heads',
    severity: 'soft',
    column: 'table',
    sheet,
    cell: cellOf(head.columns.current),
    related: [cellOf(head.columns.prior)],
    values: { ...years, currentLabel: labelOf('current'), priorLabel: labelOf('prior') },
  });
}

export function missingColumnIssue(column: Column, sheet: string, headRow: number): Issue {
  return makeIssue({ code: 'structure.missing-column', severity: 'hard', column: 'table', sheet, values: { column: column.label.zh, columnEn: column.label.en, headRow } });
}

export function missingRowIssue(indicator: Indicator, sheet: string): Issue {
  return makeIssue({
    code: 'structure.missing-row',
    severity: 'hard',
    indicator: indicator.code,
    column: 'table',
    sheet,
    values: { code: indicator.code, name: indicator.name.zh, nameEn: indicator.name.en },
  });
}
