import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { findSystemProgram } from '../../support/system-program.js';
import { XLSX_CORPUS } from '../../support/shared-corpus.js';

const soffice = findSystemProgram('soffice', 'libreoffice-calc', 'fast reader on files saved by LibreOffice');
const run = soffice ? describe : describe.skip;

run('the fast reader on files saved by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fast-xlsx-lo-'));
    copyFileSync(join(XLSX_CORPUS, 'readings.xlsx'), join(dir, 'readings.xlsx'));
    const conversions: [string, string][] = [
      ['xls', 'out'],
      ['ods', 'out'],
      ['xlsx:Calc MS Excel 2007 XML', 'resaved'],
    ];
    for (const [target, folder] of conversions) {
      const outdir = join(dir, folder);
      execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', target, join(dir, 'readings.xlsx'), '--outdir', outdir], {
        stdio: 'ignore',
        timeout: 120_000,
      });
    }
  }, 180_000);

  test('an Excel 97-2003 file is named as such', () => {
    const result = readWorkbookFast(new Uint8Array(readFileSync(join(dir, 'out', 'readings.xls'))), 'readings.xls');
    expect(result).toMatchObject({ ok: false, issue: { code: 'file.xls-binary' } });
  });

  test('an OpenDocument spreadsheet is named as such', () => {
    const result = readWorkbookFast(new Uint8Array(readFileSync(join(dir, 'out', 'readings.ods'))), 'readings.ods');
    expect(result).toMatchObject({ ok: false, issue: { code: 'file.ods' } });
  });

  test('an .xlsx re-saved by LibreOffice reads the same values as the original', () => {
    const original = readWorkbookFast(new Uint8Array(readFileSync(join(dir, 'readings.xlsx'))), 'a.xlsx');
    const resaved = readWorkbookFast(new Uint8Array(readFileSync(join(dir, 'resaved', 'readings.xlsx'))), 'b.xlsx');
    if (!original.ok || !resaved.ok) throw new Error('both files should read');
    const a = original.workbook.sheet('Sheet1');
    const b = resaved.workbook.sheet('Sheet1');
    expect([b?.rowCount, b?.colCount]).toEqual([a?.rowCount, a?.colCount]);
    for (let r = 1; r <= (a?.rowCount ?? 0); r++) {
      for (let c = 1; c <= (a?.colCount ?? 0); c++) expect(b?.cell(r, c).value).toEqual(a?.cell(r, c).value);
    }
    expect(a?.cell(4, 4).value).toEqual({ type: 'number', value: 1017 });
  });
});
