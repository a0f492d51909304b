import { messageFor } from '../messages/catalog.js';
import { renderText } from '../messages/render-text.js';
import type { LocalizedText, Severity } from '../spec/template-spec.js';
import type { Issue, IssueColumn } from './issue.js';

export interface MakeIssueInput {
  code: string;
  ruleId?: string;
  severity: Severity;
  indicator?: string;
  column?: IssueColumn;
  sheet?: string;
  cell?: string;
  related?: string[];
  /** Values for the message placeholders and for machines. */
  values?: Record<string, string | number | null>;
  /** The spec rule's own wording, when it has one. */
  message?: LocalizedText;
  hint?: LocalizedText;
  /** The row's 说明: a soft issue with one is explained. */
  explanation?: string | null;
}

/** Builds an issue with its Chinese and English text from the catalog (or the rule's override). */
export function makeIssue(input: MakeIssueInput): Issue {
  const entry = messageFor(input.code);
  const values = input.values ?? {};
  const params = { ...values, indicator: input.indicator ?? '', cell: input.cell ?? '', sheet: input.sheet ?? '' };
  const explanation = input.explanation?.trim() || undefined;
  const explained = input.severity === 'soft' && explanation !== undefined;
  return {
    ruleId: input.ruleId ?? input.code,
    code: input.code,
    severity: input.severity,
    status: explained ? 'explained' : 'open',
    indicator: input.indicator,
    column: input.column,
    sheet: input.sheet,
    cell: input.cell,
    related: input.related ?? [],
    values,
    message: renderText(input.message ?? entry.message, params),
    hint: renderText(input.hint ?? entry.hint, params),
    explanation: explained ? explanation : undefined,
  };
}
