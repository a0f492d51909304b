import type { Issue } from '../../core/issues/index.js';
import type { CellMark } from '../access/workbook-access.js';

/**
 * Issues that mark a cell: open ones only (an explained soft issue is accepted),
 * on the template's sheet, or on any of its tables' sheets when given several
 * (the first is where an issue without a sheet sits).
 */
export function marksFor(issues: readonly Issue[], sheets: string | readonly string[]): CellMark[] {
  const list = typeof sheets === 'string' ? [sheets] : sheets;
  const sheet = list[0];
  const bySheetCell = new Map<string, CellMark>();
  for (const issue of issues) {
    if (!issue.cell || issue.status === 'explained') continue;
    const target = issue.sheet ?? sheet;
    if (!list.includes(target)) continue;
    // A consequence's cell (the rate a wrong part pushes over 100) is marked with the mistake that causes it.
    const cells = [issue.cell, ...(issue.consequences ?? []).map((c) => c.cell).filter((c): c is string => c !== undefined)];
    for (const cell of cells) {
      const key = `${target}!${cell}`;
      const existing = bySheetCell.get(key);
      // A cell with a hard and a soft issue shows the hard colour.
      if (!existing || (existing.severity === 'soft' && issue.severity === 'hard')) {
        bySheetCell.set(key, { sheet: target, cell, severity: issue.severity });
      }
    }
  }
  return [...bySheetCell.values()];
}
