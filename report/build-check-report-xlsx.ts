import ExcelJS from 'exceljs';
import type { Issue, IssueCounts } from '../core/issues/issue.js';
import { addIssuesSheet } from './add-issues-sheet.js';
import { addTableSheet } from './add-table-sheet.js';

/** One checked file as `unionstat check` sees it (the CLI's CheckedFile extends it). */
export interface CheckReportFile {
  file: string;
  sha256?: string;
  outcome: 'checked' | 'unreadable' | 'not-template';
  unitCode?: string;
  unitName?: string;
  sheet?: string;
  counts: IssueCounts;
  issues: Issue[];
}

const OUTCOME: Record<CheckReportFile['outcome'], string> = {
  checked: '已审核',
  unreadable: '无法读取',
  'not-template': '不是本模板',
};

/**
 * The `unionstat check --report` workbook: 审核汇总 (one row per file: outcome,
 * counts, passed or not) then 审核结果 (every issue with its file, sheet and
 * cell, the same columns as in 汇总表.xlsx). Text is written as text, never as
 * a formula.
 */
export async function buildCheckReportXlsx(files: readonly CheckReportFile[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'unionstat';
  addTableSheet(
    wb,
    '审核汇总',
    ['文件', '单位代码', '单位名称', '结果', '强制性错误', '待说明', '已说明', '是否通过', 'SHA-256'],
    files.map((f) => ({
      cells: [
        f.file,
        f.unitCode ?? '',
        f.unitName ?? '',
        OUTCOME[f.outcome],
        f.counts.hard,
        f.counts.soft,
        f.counts.explained,
        f.outcome === 'checked' && f.counts.hard === 0 ? '通过' : '不通过',
        f.sha256 ?? '',
      ],
    })),
    { widths: [36, 10, 20, 12, 10, 10, 10, 10, 66], numeric: [false, false, false, false, true, true, true, false, false], freezeColumns: 1 },
  );
  addIssuesSheet(wb, files);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
