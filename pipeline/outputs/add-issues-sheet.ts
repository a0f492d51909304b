import type ExcelJS from 'exceljs';
import type { FileRecord } from '../merge/merge-report.js';
import { addTableSheet } from './add-table-sheet.js';
import { ISSUE_HEAD, issueRows } from './issue-rows.js';

export const ISSUES_SHEET_NAME = '审核结果';

/** The 审核结果 sheet: every issue of every file with its file, sheet and cell — for the merge and for `unionstat check --report`. */
export function addIssuesSheet(wb: ExcelJS.Workbook, files: readonly Pick<FileRecord, 'file' | 'unitCode' | 'unitName' | 'sheet' | 'issues'>[]): ExcelJS.Worksheet {
  return addTableSheet(
    wb,
    ISSUES_SHEET_NAME,
    ISSUE_HEAD.zh,
    issueRows({ files: files as FileRecord[] }, 'zh').map((i) => ({
      cells: [i.file, i.unitCode, i.unitName, i.sheet, i.cell, i.severity, i.status, i.indicator, i.message, i.hint, i.explanation],
    })),
    { widths: [32, 10, 20, 16, 8, 10, 8, 8, 48, 40, 30], freezeColumns: 1 },
  );
}
