import ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { memorySink } from '../../../pipeline/write/memory-sink.js';
import { createStreamingWorkbook } from '../../../pipeline/write/streaming-workbook.js';

describe('createStreamingWorkbook', () => {
  test("exceljs's internal writer module is the library's own streaming WorkbookWriter", () => {
    // Guards the internal path against an exceljs upgrade that moves or replaces it.
    expect(WorkbookWriter).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
  });

  test('writes a workbook exceljs reads back, with shared strings and styles', async () => {
    const sink = memorySink();
    const wb = createStreamingWorkbook(sink.stream, { level: 1 });
    const ws = wb.addWorksheet('表');
    const row = ws.getRow(1);
    row.getCell(1).value = '东城区总工会';
    row.getCell(2).value = 1234.5;
    row.getCell(2).numFmt = '#,##0.00';
    row.commit();
    await wb.commit();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(sink.bytes()) as never);
    const read = back.getWorksheet('表')!;
    expect(read.getCell('A1').value).toBe('东城区总工会');
    expect(read.getCell('B1').value).toBe(1234.5);
    expect(read.getCell('B1').numFmt).toBe('#,##0.00');
  });
});
