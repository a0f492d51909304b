import type { Extracted } from '../grid/extracted.js';
import { META_SHEET_NAME } from '../grid/template-sheet-names.js';
import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { HeaderFieldKey, Severity, TemplateSpec } from '../spec/template-spec.js';
import { indicatorNames } from './display-names.js';
import { FLOAT_SLACK } from './float-slack.js';
import { rowSheet } from './value-cell.js';
import type { RuleInput } from './rule-input.js';

type Values = RuleInput['values'];

/** A header field of a pre-filled template that differs from what it was made for. */
function headerChanged(spec: TemplateSpec, extracted: Extracted, key: HeaderFieldKey, severity: Severity, found: string, expected: string): Issue {
  const field = extracted.header[key];
  const label = spec.header.find((h) => h.key === key)?.label;
  return makeIssue({
    code: 'meta.header-changed',
    ruleId: `meta.header-changed.${key}`,
    severity,
    column: 'header',
    sheet: extracted.sheet,
    cell: field?.cell ?? field?.labelCell,
    values: { field: key, fieldName: label?.zh ?? key, fieldNameEn: label?.en ?? key, found, expected },
  });
}

/**
 * The checks a pre-filled template carries in its `_meta` sheet, so the
 * county finds what the federation would: a 单位代码, 统计年度 or 统计期
 * changed from what the template was made for (hard; a renamed unit only
 * soft), a 上年 that differs from last year's accepted figure (hard), and a
 * `_meta` whose seal no longer holds (hard, and nothing else is compared).
 * Nothing for a blank template.
 */
export function checkPrefill(spec: TemplateSpec, extracted: Extracted, values: Values): Issue[] {
  const prefill = extracted.meta?.prefill;
  if (!prefill) return [];
  const sheet = extracted.sheet;
  if (!prefill.sealed) {
    return [makeIssue({ code: 'meta.tampered', severity: 'hard', column: 'table', sheet, values: { sheet: META_SHEET_NAME } })];
  }
  const { unit } = prefill;
  const issues: Issue[] = [];
  // An empty field is the header rules' to report; here only a different value.
  if (extracted.unitCode !== undefined && extracted.unitCode.toUpperCase() !== unit.unitCode.toUpperCase()) {
    issues.push(headerChanged(spec, extracted, 'unitCode', 'hard', extracted.unitCode, unit.unitCode));
  }
  if (extracted.unitName !== undefined && extracted.unitName !== unit.unitName) {
    issues.push(headerChanged(spec, extracted, 'unitName', 'soft', extracted.unitName, unit.unitName));
  }
  if (extracted.year !== undefined && extracted.year !== unit.year) {
    issues.push(headerChanged(spec, extracted, 'year', 'hard', String(extracted.year), String(unit.year)));
  }
  if (extracted.period !== undefined && extracted.period !== unit.period) {
    const label = (key: string) => spec.periods.find((p) => p.key === key)?.label.zh ?? key;
    issues.push(headerChanged(spec, extracted, 'period', 'hard', label(extracted.period), label(unit.period)));
  }
  for (const ind of spec.indicators) {
    const expected = unit.prior[ind.code];
    if (expected === undefined) continue;
    const prior = values.prior[ind.code] ?? null;
    if (prior !== null && Math.abs(prior - expected) <= FLOAT_SLACK) continue;
    issues.push(
      makeIssue({
        code: 'meta.prior-changed',
        severity: 'hard',
        indicator: ind.code,
        column: 'prior',
        sheet: rowSheet(extracted, ind.code),
        cell: extracted.rows[ind.code]?.prior?.cell,
        values: { prior: prior ?? '空', expected, source: unit.priorSource ?? META_SHEET_NAME, ...indicatorNames(ind) },
      }),
    );
  }
  return issues;
}
