import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { findWorkbooks } from '../../../pipeline/read/find-workbooks.js';
import { findSystemProgram } from '../../support/system-program.js';

/** A named pipe among the inputs is reported as skipped (never opened: opening it would wait for a writer). */
describe('findWorkbooks and a named pipe in the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-workbooks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips it as not-regular, and check says so in Chinese', async () => {
    const mkfifo = findSystemProgram('mkfifo', 'coreutils', 'a named pipe in the folder is reported');
    if (!mkfifo) return;
    execFileSync(mkfifo, [join(dir, '管道.xlsx')]);
    writeFileSync(join(dir, '说明.txt'), '无关文件');
    const found = await findWorkbooks([dir]);
    expect(found.workbooks).toEqual([]);
    expect(found.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['管道.xlsx', 'not-regular'],
      ['说明.txt', 'not-workbook'],
    ]);
    const effects = recordingEffects();
    expect(await runCli(['check', dir], effects)).toBe(0);
    expect(effects.stderr).toContain('已跳过 管道.xlsx（不是普通文件，是管道、设备或套接字）');
  });
});
