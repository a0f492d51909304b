import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';

/** What every workbook reader returns: the sheets, or one file-level issue that says why not. */
export type ReadWorkbookResult =
  | { ok: true; workbook: WorkbookGrids }
  | { ok: false; issue: Issue };
