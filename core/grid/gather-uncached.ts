import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';

/** How many of the cells the message names; the rest are counted, and all are related. */
const CELLS_NAMED = 5;

/**
 * Every `cell.uncached-formula` of a sheet as one issue: a workbook saved
 * without calculating has dozens of such cells and one cause, so it gets one
 * message with the count, at the first cell, the others related. Hard when any
 * of them was (a formula typed into a data cell leaves its figure unknown).
 */
export function gatherUncached(issues: readonly Issue[], sheet: string): Issue[] {
  const uncached = issues.filter((i) => i.code === 'cell.uncached-formula');
  if (uncached.length === 0) return [...issues];
  const cells = uncached.map((i) => i.cell).filter((c): c is string => c !== undefined);
  const more = cells.length > CELLS_NAMED;
  const named = cells.slice(0, CELLS_NAMED).join('、') + (more ? ' 等' : '');
  const namedEn = cells.slice(0, CELLS_NAMED).join(', ') + (more ? ', …' : '');
  const gathered = makeIssue({
    code: 'workbook.uncached-formulas',
    severity: uncached.some((i) => i.severity === 'hard') ? 'hard' : 'soft',
    column: 'table',
    sheet,
    cell: cells[0],
    related: cells.slice(1),
    values: { count: uncached.length, cells: named, cellsEn: namedEn },
  });
  const first = issues.indexOf(uncached[0]);
  return issues.flatMap((issue, i) => (i === first ? [gathered] : issue.code === 'cell.uncached-formula' ? [] : [issue]));
}
