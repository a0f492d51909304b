import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { HeaderFieldKey } from '../spec/template-spec.js';
import type { Extracted, ExtractedHeaderField } from './extracted.js';
import { findHeaderFields, type FoundHeaderField, type RowSpan } from './find-header-fields.js';
import type { Grid } from './grid.js';
import { parsePeriod, parseUnitCode, parseYear } from './parse-header-values.js';
import type { PreparedSpec } from './prepared-spec.js';

export type ParsedHeader = Pick<Extracted, 'unitCode' | 'unitName' | 'year' | 'period'>;

export interface ReadHeaderResult {
  header: Partial<Record<HeaderFieldKey, ExtractedHeaderField>>;
  parsed: ParsedHeader;
  issues: Issue[];
}

/**
 * The header block: every field found by label, and the four the engine needs
 * typed (unit code and name, year, period). A year or period that cannot be
 * read is refused at its cell; a missing field is left to the header rules.
 */
export function readHeader(grid: Grid, prepared: PreparedSpec, spans: readonly RowSpan[]): ReadHeaderResult {
  const found = findHeaderFields(grid, prepared, spans);
  const header: Partial<Record<HeaderFieldKey, ExtractedHeaderField>> = {};
  for (const field of Object.values(found)) {
    const { valueRaw: _raw, ...plain } = field;
    header[field.key] = plain;
  }
  const issues: Issue[] = [];
  const unreadable = (field: FoundHeaderField, expected: string) => {
    const label = prepared.headerByKey.get(field.key)?.label;
    issues.push(
      makeIssue({
        code: 'structure.header-unreadable',
        severity: 'hard',
        column: 'header',
        sheet: grid.sheetName,
        cell: field.cell,
        values: { field: label?.zh ?? field.key, fieldEn: label?.en ?? field.key, text: field.text, expected },
      }),
    );
  };

  const parsed: ParsedHeader = {};
  const { year, period, unitCode, unitName } = found;
  if (year?.text) {
    const value = parseYear(year.text, year.valueRaw);
    if (value === undefined) unreadable(year, '2024');
    else parsed.year = value;
  }
  if (period?.text) {
    const value = parsePeriod(period.text, prepared);
    if (value === undefined) unreadable(period, prepared.spec.periods.map((p) => p.label.zh).join('、'));
    else parsed.period = value;
  }
  if (unitCode?.text) {
    const value = parseUnitCode(unitCode.text);
    if (value !== undefined) parsed.unitCode = value;
  }
  if (unitName?.text) parsed.unitName = unitName.text;
  return { header, parsed, issues };
}
