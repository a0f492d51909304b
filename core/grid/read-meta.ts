import { cellText } from './cell-text.js';
import type { TemplateMeta } from './extracted.js';
import type { WorkbookGrids } from './grid.js';
import { META_SHEET_NAME } from './template-sheet-names.js';
import { readPrefill } from '../prefill/prefilled-unit.js';

/** Enough for the identity rows and a pre-filled unit's last-year figures of any reasonable spec. */
const META_SCAN_ROWS = 1000;

/**
 * The template identity written into the workbook, and the unit and last
 * year's figures of a pre-filled template, when the `_meta` sheet is
 * there. Its absence is no problem: LibreOffice and WPS may drop hidden sheets,
 * and the table is what counts.
 */
export function readMeta(workbook: WorkbookGrids): TemplateMeta | undefined {
  const name = workbook.sheetNames.find((n) => n.trim().toLowerCase() === META_SHEET_NAME);
  const grid = name === undefined ? undefined : workbook.sheet(name);
  if (!grid) return undefined;
  const values = new Map<string, string>();
  for (let r = 1; r <= Math.min(grid.rowCount, META_SCAN_ROWS); r++) {
    const key = cellText(grid.cell(r, 1));
    if (key !== '' && !values.has(key)) values.set(key, cellText(grid.cell(r, 2)));
  }
  const templateId = values.get('templateId');
  if (!templateId) return undefined;
  const version = Number(values.get('version'));
  const fingerprint = values.get('fingerprint') || undefined;
  const prefill = readPrefill(values);
  return { templateId, version: Number.isFinite(version) ? version : NaN, ...(fingerprint ? { fingerprint } : {}), ...(prefill ? { prefill } : {}) };
}
