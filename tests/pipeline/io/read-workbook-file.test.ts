import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFile } from '../../../pipeline/io/read-workbook-file.js';

let dir: string;
let workbookPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'read-workbook-file-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基本情况统计表');
  ws.getCell('D9').value = 1250;
  ws.getCell('B3').value = '320102';
  workbookPath = join(dir, '玄武区.xlsx');
  await wb.xlsx.writeFile(workbookPath);
});

describe('readWorkbookFile', () => {
  test('reads with the fast reader by default, hashes the bytes and leaves the file as it was', async () => {
    const before = readFileSync(workbookPath);
    const mtime = statSync(workbookPath).mtimeMs;
    const { result, sha256, bytes } = await readWorkbookFile(workbookPath);
    expect(sha256).toBe(createHash('sha256').update(before).digest('hex'));
    expect(bytes).toBe(before.length);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workbook.sheet('基本情况统计表')?.cell(9, 4).value).toEqual({ type: 'number', value: 1250 });
    expect(readFileSync(workbookPath).equals(before)).toBe(true);
    expect(statSync(workbookPath).mtimeMs).toBe(mtime);
  });

  test('the exceljs reader gives the same cells on request', async () => {
    const fast = await readWorkbookFile(workbookPath);
    const reference = await readWorkbookFile(workbookPath, { reader: 'exceljs' });
    expect(reference.sha256).toBe(fast.sha256);
    if (!fast.result.ok || !reference.result.ok) throw new Error('both readers should read the file');
    expect(reference.result.workbook.sheetNames).toEqual(fast.result.workbook.sheetNames);
    const a = fast.result.workbook.sheet('基本情况统计表');
    const b = reference.result.workbook.sheet('基本情况统计表');
    expect(a?.cell(3, 2)).toEqual(b?.cell(3, 2));
    expect(a?.cell(9, 4)).toEqual(b?.cell(9, 4));
  });

  test('a missing file is an issue, not a throw', async () => {
    const { result, sha256, bytes } = await readWorkbookFile(join(dir, '不存在.xlsx'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.unreadable');
    expect(result.issue.message.zh).toContain('不存在.xlsx');
    expect(result.issue.message.zh).toContain('文件不存在');
    expect([sha256, bytes]).toEqual(['', 0]);
  });

  test('a folder and a renamed CSV are refused with their own codes, for both readers', async () => {
    expect((await readWorkbookFile(dir)).result).toMatchObject({ ok: false, issue: { code: 'file.unreadable' } });
    const csv = join(dir, '伪装.xlsx');
    writeFileSync(csv, '代码,本年\nA01,1250\n');
    for (const reader of ['fast', 'exceljs'] as const) {
      const { result, bytes } = await readWorkbookFile(csv, { reader });
      expect(result).toMatchObject({ ok: false, issue: { code: 'file.text-not-workbook' } });
      expect(bytes).toBeGreaterThan(0);
    }
  });

  test('the limits are applied', async () => {
    const { result } = await readWorkbookFile(workbookPath, { limits: readLimits({ maxFileBytes: 100 }) });
    expect(result).toMatchObject({ ok: false, issue: { code: 'file.too-large' } });
  });
});
