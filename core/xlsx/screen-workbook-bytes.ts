import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import { classifyWorkbookBytes } from './classify-file.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { readWorkbookFast } from './read-workbook-fast.js';

export type ScreenResult = { ok: true; workbook: WorkbookGrids } | { ok: false; issue: Issue };

/**
 * What every reader of a submission does first, in Node and in the browser:
 * recognise the file by its bytes (.xls, .et, encrypted, .ods, text), then read
 * every sheet with the guarded reader (zip bomb, DOCTYPE, sizes), so a refused
 * part anywhere refuses the whole file with the same words everywhere.
 * @example screenWorkbookBytes(bytes, '东城区.xlsx').ok
 */
export function screenWorkbookBytes(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): ScreenResult {
  const refused = classifyWorkbookBytes(bytes, fileName, limits);
  if (refused) return { ok: false, issue: refused };
  return readWorkbookFast(bytes, fileName, limits, { preload: 'all' });
}
