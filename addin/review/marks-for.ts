import type { Issue } from '../../core/issues/index.js';
import type { CellMark } from '../access/workbook-access.js';

/** Issues that mark a cell: open ones only (an explained soft issue is accepted). */
export function marksFor(issues: readonly Issue[], sheet: string): CellMark[] {
  const bySheetCell = new Map<string, CellMark>();
  for (const issue of issues) {
    if (!issue.cell || issue.status === 'explained') continue;
    const target = issue.sheet ?? sheet;
    if (target !== sheet) continue;
    const key = issue.cell;
    const existing = bySheetCell.get(key);
    // A cell with a hard and a soft issue shows the hard colour.
    if (!existing || (existing.severity === 'soft' && issue.severity === 'hard')) {
      bySheetCell.set(key, { sheet: target, cell: issue.cell, severity: issue.severity });
    }
  }
  return [...bySheetCell.values()];
}
