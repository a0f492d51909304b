import type { MergeReport } from '../core/merge/merge-report.js';
import { addIssuesSheet } from './add-issues-sheet.js';
import { addNotesSheet, addStatusSheet } from './add-status-sheet.js';
import { partsWorkbook } from './parts-workbook.js';
import type { CreateWorkbook } from './workbook-target.js';

/**
 * 报送情况.xlsx, the staff's own list apart from the report: 报送情况 (every
 * unit's status, 填报人, 联系电话 and files), 审核结果 (every issue of every
 * file) and 说明 (notes on the run: fallbacks, skipped files, incomplete 上年).
 * Every sheet prints on A4 (see printSetup).
 */
export async function buildStatusXlsx(report: MergeReport, createWorkbook: CreateWorkbook = partsWorkbook()): Promise<Uint8Array> {
  const target = createWorkbook();
  const wb = target.workbook;
  addStatusSheet(wb, report);
  addIssuesSheet(wb, report.files);
  addNotesSheet(wb, report);
  await wb.commit();
  return target.bytes();
}
