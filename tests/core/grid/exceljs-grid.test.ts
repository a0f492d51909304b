import ExcelJS from 'exceljs';
import { excelSerialFromDate, gridFromExcelJSWorksheet, workbookGridsFromExcelJS } from '../../../core/grid/exceljs-grid.js';
import type { Grid } from '../../../core/grid/grid.js';

/** Writes the workbook to xlsx bytes and loads it back, as a file from disk would arrive. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

async function sheetGrid(fill: (ws: ExcelJS.Worksheet) => void): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('表1'));
  const back = await roundTrip(wb);
  return gridFromExcelJSWorksheet(back.getWorksheet('表1')!);
}

describe('gridFromExcelJSWorksheet', () => {
  it('maps plain values: number, string, boolean, rich text, hyperlink, error', async () => {
    const grid = await sheetGrid((ws) => {
      ws.getCell('A1').value = 1234.5;
      ws.getCell('A2').value = ' 1,234 ';
      ws.getCell('A3').value = true;
      ws.getCell('A4').value = { richText: [{ text: '已建会' }, { text: '单位数', font: { bold: true } }] };
      ws.getCell('A5').value = { text: '名册', hyperlink: 'https://example.org/roster' };
      ws.getCell('A6').value = { error: '#DIV/0!' };
      ws.getCell('B6').value = { error: '#N/A' };
    });
    expect(grid.cell(1, 1)).toEqual({ value: { type: 'number', value: 1234.5 } });
    expect(grid.cell(2, 1)).toEqual({ value: { type: 'string', value: ' 1,234 ' } });
    expect(grid.cell(3, 1)).toEqual({ value: { type: 'boolean', value: true } });
    expect(grid.cell(4, 1)).toEqual({ value: { type: 'string', value: '已建会单位数' } });
    expect(grid.cell(5, 1)).toEqual({ value: { type: 'string', value: '名册' } });
    expect(grid.cell(6, 1)).toEqual({ value: { type: 'error', value: '#DIV/0!' } });
    expect(grid.cell(6, 2)).toEqual({ value: { type: 'error', value: '#N/A' } });
  });

  it('turns dates into 1900-system serials and keeps the number format', async () => {
    const grid = await sheetGrid((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2025, 0, 15));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = new Date(Date.UTC(1900, 2, 1, 12, 0, 0));
      ws.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('A3').value = 0.923;
      ws.getCell('A3').numFmt = '0.0%';
    });
    // 2025-01-15 is serial 45672 in Excel; 1900-03-01 is 61 (after the fictitious 1900-02-29).
    expect(grid.cell(1, 1)).toEqual({ value: { type: 'date', serial: 45672 }, numFmt: 'yyyy-mm-dd' });
    expect(grid.cell(2, 1)).toEqual({ value: { type: 'date', serial: 61.5 }, numFmt: 'yyyy-mm-dd hh:mm' });
    expect(grid.cell(3, 1)).toEqual({ value: { type: 'number', value: 0.923 }, numFmt: '0.0%' });
  });

  it('gives a formula its cached result and flags one without a result as uncached', async () => {
    const grid = await sheetGrid((ws) => {
      ws.getCell('A1').value = 200;
      ws.getCell('A2').value = 150;
      ws.getCell('B1').value = { formula: 'ROUND(A2/A1*100,1)', result: 75 };
      ws.getCell('B2').value = { formula: 'A2-A2', result: 0 };
      ws.getCell('B3').value = { formula: 'A1*2' };
      ws.getCell('B4').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      ws.getCell('B5').value = { formula: 'IF(A1>0,"有","无")', result: '有' };
      ws.getCell('B6').value = { formula: 'A1>A2', result: true };
    });
    expect(grid.cell(1, 2)).toEqual({ value: { type: 'number', value: 75 }, formula: 'ROUND(A2/A1*100,1)' });
    // A cached 0 is a value, not a missing result.
    expect(grid.cell(2, 2)).toEqual({ value: { type: 'number', value: 0 }, formula: 'A2-A2' });
    expect(grid.cell(3, 2)).toEqual({ value: { type: 'blank' }, formula: 'A1*2', uncachedFormula: true });
    expect(grid.cell(4, 2)).toEqual({ value: { type: 'error', value: '#DIV/0!' }, formula: 'A1/0' });
    expect(grid.cell(5, 2)).toEqual({ value: { type: 'string', value: '有' }, formula: 'IF(A1>0,"有","无")' });
    expect(grid.cell(6, 2)).toEqual({ value: { type: 'boolean', value: true }, formula: 'A1>A2' });
  });

  it('reads shared formulas with each cell’s own references', async () => {
    const grid = await sheetGrid((ws) => {
      [10, 20, 30].forEach((v, i) => {
        ws.getCell(i + 1, 1).value = v;
      });
      ws.getCell('B1').value = { formula: 'A1*2', result: 20, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 40 };
      ws.getCell('B3').value = { sharedFormula: 'B1' };
    });
    expect(grid.cell(1, 2)).toEqual({ value: { type: 'number', value: 20 }, formula: 'A1*2' });
    expect(grid.cell(2, 2)).toEqual({ value: { type: 'number', value: 40 }, formula: 'A2*2' });
    expect(grid.cell(3, 2)).toEqual({ value: { type: 'blank' }, formula: 'A3*2', uncachedFormula: true });
  });

  it('lists merges, keeps the value in the top-left cell only, and reports the used extent', async () => {
    const grid = await sheetGrid((ws) => {
      ws.mergeCells('A1:C2');
      ws.getCell('A1').value = '工会基本情况统计表';
      ws.getCell('B4').value = 7;
      // Formatting alone does not make a cell used, nor a value.
      ws.getCell('H20').numFmt = '0.00';
      ws.getCell('A4').numFmt = '#,##0';
    });
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '工会基本情况统计表' });
    expect(grid.cell(1, 2).value).toEqual({ type: 'blank' });
    expect(grid.cell(2, 3).value).toEqual({ type: 'blank' });
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(3);
    expect(grid.cell(4, 1)).toEqual({ value: { type: 'blank' } });
    expect(grid.cell(20, 8).value).toEqual({ type: 'blank' });
    expect(grid.cell(99, 99).value).toEqual({ type: 'blank' });
    expect(grid.protected).toBe(false);
  });

  it('marks an empty cached string as "" when told, instead of uncached', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.getCell('A1').value = { formula: 'IF(B1="","",B1)', result: '' };
    ws.getCell('A2').value = { formula: 'IF(B1="","",B1)', result: '' };
    const back = await roundTrip(wb);
    const grid = gridFromExcelJSWorksheet(back.getWorksheet('表1')!, { cachedEmptyStrings: new Set(['A1']) });
    expect(grid.cell(1, 1)).toEqual({ value: { type: 'string', value: '' }, formula: 'IF(B1="","",B1)' });
    // exceljs itself cannot tell "" from no result once the file is loaded.
    expect(grid.cell(2, 1).uncachedFormula).toBe(true);
  });

  it('reads an in-memory workbook too, as the browser page passes one', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.getCell('A1').value = { formula: 'IF(B1="","",B1)', result: '' };
    ws.getCell('A2').value = 3;
    const grid = gridFromExcelJSWorksheet(ws);
    expect(grid.cell(1, 1)).toEqual({ value: { type: 'string', value: '' }, formula: 'IF(B1="","",B1)' });
    expect(grid.cell(2, 1)).toEqual({ value: { type: 'number', value: 3 } });
  });
});

describe('workbookGridsFromExcelJS', () => {
  it('lists sheets in order, hidden ones apart, with protection', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('基本情况统计表').getCell('A1').value = 1;
    (wb.getWorksheet('基本情况统计表') as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
    wb.addWorksheet('填表说明');
    wb.addWorksheet('_meta', { state: 'veryHidden' });
    wb.addWorksheet('草稿', { state: 'hidden' });
    const grids = workbookGridsFromExcelJS(await roundTrip(wb));
    expect(grids.sheetNames).toEqual(['基本情况统计表', '填表说明', '_meta', '草稿']);
    expect([...(grids.hiddenSheets ?? [])].sort()).toEqual(['_meta', '草稿'].sort());
    expect(grids.sheet('基本情况统计表')?.protected).toBe(true);
    expect(grids.sheet('填表说明')?.protected).toBe(false);
    expect(grids.sheet('填表说明')?.rowCount).toBe(0);
    expect(grids.sheet('没有这张表')).toBeUndefined();
  });
});

describe('excelSerialFromDate', () => {
  it('inverts exceljs: 1970-01-01 is 25569 and whole days stay whole', () => {
    expect(excelSerialFromDate(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(excelSerialFromDate(new Date(Date.UTC(2024, 1, 29)))).toBe(45351);
    expect(excelSerialFromDate(new Date(Date.UTC(2024, 1, 29, 18)))).toBe(45351.75);
  });
});
