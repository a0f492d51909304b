import type { Issue, IssueColumn } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Rule, Severity, ValueColumn } from '../spec/template-spec.js';
import type { RuleInput } from './rule-input.js';
import { cellOnSheet, rowNote, rowSheet, valueCell } from './value-cell.js';

export interface RuleIssueInput {
  /** Catalog key: the rule kind, or kind.variant. */
  code: string;
  indicator?: string;
  column: IssueColumn;
  /** Defaults to the indicator's cell in the column. */
  cell?: string;
  related?: (string | undefined)[];
  values: Record<string, string | number | null>;
  /** Defaults to the rule's severity. */
  severity?: Severity;
}

/**
 * An issue raised by a spec rule: the rule's id, severity and wording
 * override, the sheet, the indicator's cell, and its row's 说明 (which makes a
 * soft issue explained).
 */
export function ruleIssue(rule: Rule, input: RuleInput, i: RuleIssueInput): Issue {
  const { extracted } = input;
  const valueColumn = i.column === 'current' || i.column === 'prior' ? (i.column as ValueColumn) : undefined;
  // The issue sits on its indicator's sheet; a related cell on another table's sheet keeps its sheet name.
  const sheet = rowSheet(extracted, i.indicator);
  const own = i.cell ?? (i.indicator && valueColumn ? valueCell(extracted, i.indicator, valueColumn) : undefined);
  const cell = own === undefined ? undefined : cellOnSheet(extracted, own, sheet);
  return makeIssue({
    code: i.code,
    ruleId: rule.id,
    severity: i.severity ?? rule.severity,
    indicator: i.indicator,
    column: i.column,
    sheet,
    cell,
    related: (i.related ?? []).filter((c): c is string => c !== undefined).map((c) => cellOnSheet(extracted, c, sheet)).filter((c) => c !== cell),
    values: i.values,
    message: rule.message,
    hint: rule.hint,
    explanation: i.indicator ? rowNote(extracted, i.indicator) : null,
  });
}
