import type { Issue } from '../../core/issues/index.js';
import type { CellMark } from '../access/workbook-access.js';

/** Issues that mark a cell: open ones only (an explained soft issue is accepted). */
export function marksFor(issues: readonly Issue[], sheet: string): CellMark[] {
  const bySheetCell = new Map<string, CellMark>();
  for (const issue of issues) {
    if (!issue.cell || issue.status === 'explained') continue;
    const target = issue.sheet ?? sheet;
    if (target !== sheet) continue;
    // A consequence's cell (the rate a wrong part pushes over 100) is marked with the mistake that causes it.
    const cells = [issue.cell, ...(issue.consequences ?? []).map((c) => c.cell).filter((c): c is string => c !== undefined)];
    for (const cell of cells) {
      const existing = bySheetCell.get(cell);
      // A cell with a hard and a soft issue shows the hard colour.
      if (!existing || (existing.severity === 'soft' && issue.severity === 'hard')) {
        bySheetCell.set(cell, { sheet: target, cell, severity: issue.severity });
      }
    }
  }
  return [...bySheetCell.values()];
}
