import { z } from 'zod';
import { LocalizedText, Severity } from '../spec/template-spec.js';

/** Where in the sheet an issue is: which table column or the header block. */
export const IssueColumn = z.enum(['current', 'prior', 'change', 'note', 'header', 'table']);
export type IssueColumn = z.infer<typeof IssueColumn>;

export const IssueValue = z.union([z.number(), z.string(), z.null()]);

/**
 * An issue that follows from another: a rate over 100 because its numerator
 * already breaks a hard rule. Listed under the issue that causes it, not as a
 * mistake of its own, so one mistake reads as one message.
 */
export const IssueConsequence = z.object({
  ruleId: z.string(),
  code: z.string(),
  severity: Severity,
  indicator: z.string().optional(),
  column: IssueColumn.optional(),
  cell: z.string().optional(),
  message: LocalizedText,
});
export type IssueConsequence = z.infer<typeof IssueConsequence>;

/**
 * One problem found in a submission: data, not a thrown string. `code` keys the
 * message catalog (a rule kind like `compare`, or a built-in such as
 * `cell.approximate` or `structure.table-not-found`); `ruleId` names the spec
 * rule that fired (built-ins reuse their code).
 */
export const IssueSchema = z.object({
  ruleId: z.string(),
  code: z.string(),
  severity: Severity,
  /** A soft issue with a non-empty 说明 on its row is explained, not open. Hard issues are always open. */
  status: z.enum(['open', 'explained']),
  indicator: z.string().optional(),
  column: IssueColumn.optional(),
  sheet: z.string().optional(),
  /** A1 address within the sheet, e.g. `D7`. */
  cell: z.string().optional(),
  /** Other cells involved (e.g. the parts of a sum), A1 within the same sheet. */
  related: z.array(z.string()).default([]),
  values: z.record(z.string(), IssueValue).default({}),
  message: LocalizedText,
  hint: LocalizedText,
  /** The 说明 text that explains a soft issue. */
  explanation: z.string().optional(),
  /** Issues this one causes (see IssueConsequence); they are not counted apart. */
  consequences: z.array(IssueConsequence).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export interface IssueCounts {
  hard: number;
  soft: number;
  explained: number;
}

export function countIssues(issues: readonly Issue[]): IssueCounts {
  const counts: IssueCounts = { hard: 0, soft: 0, explained: 0 };
  for (const i of issues) {
    if (i.severity === 'hard') counts.hard++;
    else if (i.status === 'explained') counts.explained++;
    else counts.soft++;
  }
  return counts;
}

/** `sheet!A1` for display, or '' when the issue has no cell. */
export function issueAddress(issue: Issue): string {
  if (!issue.cell) return issue.sheet ?? '';
  return issue.sheet ? `${issue.sheet}!${issue.cell}` : issue.cell;
}
