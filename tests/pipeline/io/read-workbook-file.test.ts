import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFile } from '../../../pipeline/io/read-workbook-file.js';
import { findSystemProgram } from '../../support/system-program.js';

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
    expect(result.issue.code).toBe('file.not-found');
    expect(result.issue.message.zh).toBe('找不到文件 不存在.xlsx。');
    expect([sha256, bytes]).toEqual(['', 0]);
  });

  test('a folder and a renamed CSV are refused with their own codes, for both readers', async () => {
    expect((await readWorkbookFile(dir)).result).toMatchObject({ ok: false, issue: { code: 'file.is-folder' } });
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

  test('a file just over the limit is worded so that its size and the limit differ', async () => {
    const path = join(dir, '略大.xlsx');
    writeFileSync(path, new Uint8Array(Math.round(20.02 * 1024 * 1024)));
    const { result, bytes } = await readWorkbookFile(path);
    if (result.ok) throw new Error('a 20.02 MiB file must be refused');
    expect(result.issue.message.zh).toBe('文件 略大.xlsx 大小为 20.02 MiB，超过上限 20 MiB。');
    expect(bytes).toBe(Math.round(20.02 * 1024 * 1024));
    rmSync(path);
  });

  test('a 700 MB (sparse) file is refused from its size alone, before a byte is read', async () => {
    const path = join(dir, '巨大.xlsx');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 700 * 1024 * 1024);
    closeSync(fd);
    try {
      const before = process.memoryUsage().rss;
      const { result, bytes, sha256 } = await readWorkbookFile(path);
      // Reading it would take 700 MB; the refusal takes nothing like that.
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
      expect(result).toMatchObject({ ok: false, issue: { code: 'file.too-large', values: { size: '700 MiB', limit: '20 MiB' } } });
      expect([bytes, sha256]).toEqual([700 * 1024 * 1024, '']);
    } finally {
      rmSync(path);
    }
  });

  test('a named pipe, a device and a socket are reported as not regular files, never waited on', async () => {
    const mkfifo = findSystemProgram('mkfifo', 'coreutils', 'a named pipe is reported');
    const kinds: Record<string, string> = {};
    if (mkfifo) {
      const fifo = join(dir, '管道.xlsx');
      execFileSync(mkfifo, [fifo]);
      const { result } = await readWorkbookFile(fifo);
      if (result.ok) throw new Error('a FIFO is not a workbook');
      kinds.fifo = `${result.issue.code}:${result.issue.values.kind}`;
      expect(result.issue.message.zh).toBe('管道.xlsx 不是普通文件（是管道、设备或套接字），已跳过。');
    }
    const device = (await readWorkbookFile('/dev/null')).result;
    if (device.ok) throw new Error('a device is not a workbook');
    kinds.device = `${device.issue.code}:${device.issue.values.kind}`;
    const socketPath = join(dir, '套接字.xlsx');
    const server = createServer().listen(socketPath);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const socket = (await readWorkbookFile(socketPath)).result;
      if (socket.ok) throw new Error('a socket is not a workbook');
      kinds.socket = `${socket.issue.code}:${socket.issue.values.kind}`;
    } finally {
      server.close();
    }
    expect(kinds).toEqual({
      ...(mkfifo ? { fifo: 'file.not-regular:fifo' } : {}),
      device: 'file.not-regular:device',
      socket: 'file.not-regular:socket',
    });
  });
});
