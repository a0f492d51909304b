import { standardSpec } from '../../../core/templates/index.js';
import type { WorkbookGrids } from '../../../core/grid/grid.js';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';
import { buildTemplateWorkbook, fillTemplate } from '../../../report/template/index.js';

/** Every sheet of a workbook as plain data: extent, merges, protection and each cell. */
function dump(workbook: WorkbookGrids) {
  return workbook.sheetNames.map((name) => {
    const grid = workbook.sheet(name)!;
    const cells: unknown[] = [];
    for (let r = 1; r <= grid.rowCount; r++) for (let c = 1; c <= grid.colCount; c++) cells.push([r, c, grid.cell(r, c)]);
    return { name, rows: grid.rowCount, cols: grid.colCount, merges: grid.merges, protected: grid.protected ?? false, cells };
  });
}

describe('the exceljs adapter and the fast reader', () => {
  it('read a filled template identically, cell by cell', async () => {
    const wb = fillTemplate(buildTemplateWorkbook(standardSpec), standardSpec, {
      header: { unitName: '城关区总工会', unitCode: '0420102', year: 2025, period: '年报', date: '2026-01-10' },
      current: { A01: 200, A02: 150, A04: '1,234', A05: '１２３', A07: '无', C01: 12.34, C07: 100, C02: 0, A03: 80 },
      prior: { A01: 0, A02: 0, B01: 10, B02: 3 },
      notes: { A03: '按实际填写' },
    });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const viaExcelJS = await readWorkbookWithExcelJS(bytes, 'x.xlsx');
    const viaFast = readWorkbookFast(bytes, 'x.xlsx');
    if (!viaExcelJS.ok || !viaFast.ok) throw new Error('both readers must read the template');
    expect([...(viaExcelJS.workbook.hiddenSheets ?? [])]).toEqual([...(viaFast.workbook.hiddenSheets ?? [])]);
    const a = dump(viaExcelJS.workbook);
    const b = dump(viaFast.workbook);
    expect(a.map((s) => s.name)).toEqual(['基本情况统计表', '填表说明', '_meta']);
    for (let i = 0; i < a.length; i++) expect(a[i]).toEqual(b[i]);
  });
});
