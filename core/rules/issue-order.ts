import { parseA1 } from '../grid/address.js';
import type { Issue } from '../issues/issue.js';

/** 0 hard, 1 soft open, 2 explained: the order a person fixes things in. */
function group(issue: Issue): number {
  if (issue.severity === 'hard') return 0;
  return issue.status === 'explained' ? 2 : 1;
}

/** Sheet row of the issue's cell; issues without a cell (whole-sheet, header) come first. */
function rowOf(issue: Issue): number {
  return issue.cell ? (parseA1(issue.cell)?.row ?? 0) : 0;
}

/**
 * Hard first, then soft open, then explained; within a group by sheet (in
 * `sheetRank`'s order, for a template of several tables) and sheet row,
 * otherwise as found (stable).
 */
export function orderIssues(issues: readonly Issue[], sheetRank: (sheet: string | undefined) => number = () => 0): Issue[] {
  const keyed = issues.map((issue, i) => ({ issue, g: group(issue), s: sheetRank(issue.sheet), r: rowOf(issue), i }));
  keyed.sort((a, b) => a.g - b.g || a.s - b.s || a.r - b.r || a.i - b.i);
  return keyed.map((k) => k.issue);
}
