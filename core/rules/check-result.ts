import type { Issue, IssueCounts } from '../issues/issue.js';

/** What `check` returns: the issues in fixing order, their counts, and the sheet's numbers. */
export interface CheckResult {
  issues: Issue[];
  counts: IssueCounts;
  /** By indicator code: number as read, `无` as 0, anything else null. */
  values: { current: Record<string, number | null>; prior: Record<string, number | null> };
}
