import type ExcelJS from 'exceljs';
import type { MergeReport } from '../core/merge/merge-report.js';
import { addTableSheet } from './add-table-sheet.js';
import { STATUS_HEAD, statusRows } from './status-rows.js';

export const STATUS_SHEET = '报送情况';
export const NOTES_SHEET = '说明';

/** The 报送情况 sheet: every roster unit (and stranger, and unreadable file) with its status, contact and files. */
export function addStatusSheet(wb: ExcelJS.Workbook, report: MergeReport): ExcelJS.Worksheet {
  return addTableSheet(
    wb,
    STATUS_SHEET,
    STATUS_HEAD.zh,
    statusRows(report, 'zh').map((s) => ({ cells: [s.code, s.name, s.kind, s.status, s.preparer, s.phone, s.files, s.hard, s.soft, s.explained, s.included] })),
    {
      widths: [10, 26, 6, 12, 8, 14, 40, 8, 7, 7, 8],
      wrap: [false, false, false, false, false, false, true, false, false, false, false],
      numeric: [false, false, false, false, false, false, false, true, true, true, false],
      freezeColumns: 2,
    },
  );
}

/** The 说明 sheet: notes on the run and the figures (fallbacks, skipped files, incomplete 上年), one per row. */
export function addNotesSheet(wb: ExcelJS.Workbook, report: MergeReport): ExcelJS.Worksheet {
  const notes = report.notes.map((n) => n.zh);
  return addTableSheet(
    wb,
    NOTES_SHEET,
    ['序号', '说明'],
    notes.map((text, i) => ({ cells: [i + 1, text] })),
    { widths: [6, 90], numeric: [true, false], wrap: [false, true], print: { orientation: 'portrait' } },
  );
}
