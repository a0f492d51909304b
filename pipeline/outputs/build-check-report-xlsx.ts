import ExcelJS from 'exceljs';
import type { Issue, IssueCounts } from '../../core/issues/issue.js';
import { addTableSheet } from './add-table-sheet.js';
import { ISSUE_HEAD, issueRows } from './issue-rows.js';

/** One checked file as `unionstat check` sees it (structurally the CLI's CheckedFile). */
export interface CheckedFileReport {
  file: string;
  sha256: string;
  outcome: 'checked' | 'unreadable' | 'not-template';
  unitCode?: string;
  unitName?: string;
  sheet?: string;
  counts: IssueCounts;
  issues: Issue[];
}

const OUTCOME: Record<CheckedFileReport['outcome'], string> = {
  checked: '已审核',
  unreadable: '无法读取',
  'not-template': '不是本模板',
};

/**
 * The `unionstat check --report` workbook: 审核结果 (every issue with its
 * file, sheet and cell, as in 汇总表.xlsx) and 文件 (one row per file with its
 * outcome and counts). Text is written as text, never as a formula.
 */
export async function buildCheckReportXlsx(results: readonly CheckedFileReport[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'unionstat';
  addTableSheet(
    wb,
    '审核结果',
    ISSUE_HEAD.zh,
    issueRows({ files: results.map((r) => ({ ...r, bytes: 0, outcome: 'accepted' as const })) }, 'zh').map((i) => ({
      cells: [i.file, i.unitCode, i.unitName, i.sheet, i.cell, i.severity, i.status, i.indicator, i.message, i.hint, i.explanation],
    })),
    { widths: [32, 10, 20, 16, 8, 10, 8, 8, 48, 40, 30], freezeColumns: 1 },
  );
  addTableSheet(
    wb,
    '文件',
    ['文件', '单位代码', '单位名称', '结果', '强制性错误', '待说明', '已说明', 'SHA-256'],
    results.map((r) => ({
      cells: [r.file, r.unitCode ?? '', r.unitName ?? '', OUTCOME[r.outcome], r.counts.hard, r.counts.soft, r.counts.explained, r.sha256],
    })),
    { widths: [36, 10, 20, 12, 10, 10, 10, 66], numeric: [false, false, false, false, true, true, true, false], freezeColumns: 1 },
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
