import ExcelJS from 'exceljs';
import type { IssueCounts, Issue } from '../../core/issues/issue.js';
import { addIssuesSheet } from './add-issues-sheet.js';
import { addTableSheet } from './add-table-sheet.js';

export interface CheckReportFile {
  file: string;
  outcome: 'checked' | 'unreadable' | 'not-template';
  unitCode?: string;
  unitName?: string;
  sheet?: string;
  counts: IssueCounts;
  issues: Issue[];
}

const OUTCOME = { checked: '已审核', unreadable: '无法读取', 'not-template': '不是本模板' } as const;

/** The workbook `unionstat check --report` writes: one line per file, then every issue with its cell. */
export async function buildCheckReportXlsx(files: readonly CheckReportFile[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Union Stats 工会统计助手';
  addTableSheet(
    wb,
    '审核汇总',
    ['文件', '单位代码', '单位名称', '结果', '强制性', '提示性', '已说明', '是否通过'],
    files.map((f) => ({
      cells: [f.file, f.unitCode ?? '', f.unitName ?? '', OUTCOME[f.outcome], f.counts.hard, f.counts.soft, f.counts.explained, f.counts.hard === 0 && f.outcome === 'checked' ? '通过' : '不通过'],
    })),
    { widths: [36, 10, 24, 10, 8, 8, 8, 10], numeric: [false, false, false, false, true, true, true, false], freezeColumns: 1 },
  );
  addIssuesSheet(wb, files);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
