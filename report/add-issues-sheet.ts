import type ExcelJS from 'exceljs';
import { addTableSheet } from './add-table-sheet.js';
import { ISSUE_HEAD, issueRows, type IssueSource } from './issue-rows.js';

export const ISSUES_SHEET = '审核结果';

/** The 审核结果 sheet: every issue with its file, sheet and cell; the same in 汇总表.xlsx and the check report. */
export function addIssuesSheet(wb: ExcelJS.Workbook, files: readonly IssueSource[]): ExcelJS.Worksheet {
  return addTableSheet(
    wb,
    ISSUES_SHEET,
    ISSUE_HEAD.zh,
    issueRows(files, 'zh').map((i) => ({
      cells: [i.file, i.unitCode, i.unitName, i.sheet, i.cell, i.severity, i.status, i.indicator, i.message, i.hint, i.explanation],
    })),
    {
      widths: [22, 9, 14, 12, 7, 8, 7, 6, 40, 32, 20],
      freezeColumns: 1,
      wrap: [true, false, true, false, false, false, false, false, true, true, true],
    },
  );
}
