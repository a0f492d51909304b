import ExcelJS from 'exceljs';
import { buildCheckReportXlsx, type CheckReportFile } from '../../report/build-check-report-xlsx.js';
import { sampleMergeReport } from '../support/sample-merge-report.js';

describe('buildCheckReportXlsx', () => {
  test('lists every issue with its cell, and every file with its outcome and counts', async () => {
    const files = sampleMergeReport().files;
    const results: CheckReportFile[] = files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      outcome: f.outcome === 'unreadable' ? 'unreadable' : 'checked',
      unitCode: f.unitCode,
      unitName: f.unitName,
      sheet: f.sheet,
      counts: {
        hard: f.issues.filter((i) => i.severity === 'hard').length,
        soft: f.issues.filter((i) => i.severity === 'soft' && i.status === 'open').length,
        explained: f.issues.filter((i) => i.status === 'explained').length,
      },
      issues: f.issues,
    }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildCheckReportXlsx(results)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['审核汇总', '审核结果']);
    const issues = wb.getWorksheet('审核结果')!;
    expect(issues.rowCount).toBe(1 + 4);
    const rows = issues.getSheetValues() as unknown[][];
    const c07 = rows.find((r) => r?.[8] === 'C07')!;
    expect(c07.slice(1, 9)).toEqual(['县区/新建 Microsoft Excel 工作表 (3).xlsx', '110102', '河东区总工会', '基本情况统计表', 'E38', '提示性', '未说明', 'C07']);
    const unreadable = rows.find((r) => r?.[1] === '统计表（终版）.xls.xlsx')!;
    expect(unreadable[6]).toBe('强制性');
    expect(unreadable[9]).toBe('文件不是有效的 xlsx 工作簿');
    const fileSheet = wb.getWorksheet('审核汇总')!;
    expect(fileSheet.rowCount).toBe(1 + files.length);
    expect((fileSheet.getSheetValues() as unknown[][]).find((r) => r?.[1] === '统计表（终版）.xls.xlsx')?.slice(4, 9)).toEqual(['无法读取', 1, 0, 0, '不通过']);
    expect((fileSheet.getSheetValues() as unknown[][]).find((r) => r?.[2] === '110101')?.slice(4, 9)).toEqual(['已审核', 0, 0, 0, '通过']);
  });
});
