import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseRosterFile } from '../../../addin/page/summary/roster-file.js';
import { decodeRosterBytes, parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';

const csvPath = join(process.cwd(), 'samples/roster.csv');

async function workbookOf(rows: (string | number)[][], hiddenFirst = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (hiddenFirst) wb.addWorksheet('旧名册', { state: 'hidden' }).addRow(['不是名册']);
  const ws = wb.addWorksheet('名册');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the roster given to the 汇总 page', () => {
  it('as .xlsx (first visible sheet, codes typed as numbers or text) gives the same roster as the sample CSV', async () => {
    const csv = readFileSync(csvPath);
    const expected = parseRosterCsv(decodeRosterBytes(csv));
    // Excel keeps a typed 990101 as a number.
    const rows = decodeRosterBytes(csv).trim().split(/\r?\n/).map((line, i) => line.split(',').map((cell, c) => (i > 0 && c === 0 ? Number(cell) : cell)));
    const parsed = parseRosterFile('名册.xlsx', await workbookOf(rows, true));
    expect(parsed).toEqual(expected);
    expect(parseRosterFile('roster.csv', new Uint8Array(csv))).toEqual(expected);
  });

  it('refuses a workbook that is not a roster with the line and what is missing', async () => {
    const parsed = parseRosterFile('报表.xlsx', await workbookOf([['指标', '本年'], ['A01', 3]]));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0].line).toBe(1);
    expect(parsed.problems[0].zh).toMatch(/^名册第 1 行应为表头，缺少列/);
  });
});
