import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawXlsx, sheetXml } from '../fixtures/hostile/raw-xlsx.js';
import { buildCli } from './build-cli.js';
import { STACK_FRAME } from './hash-tree.js';

/**
 * The real process when its output cannot be written: a reader that goes away
 * (`| head -1`, EPIPE) ends it quietly with its usual exit code; a full disk
 * (/dev/full, ENOSPC) gives one Chinese line and exit 1; never a stack.
 */
const root = mkdtempSync(join(tmpdir(), 'unionstat-output-'));
let main: string;
let file: string;

beforeAll(() => {
  main = buildCli(process.cwd(), 'output-errors');
  // Some 3,000 cells: the listing is far longer than a pipe's buffer, so the writer meets the closed pipe.
  const rows = Array.from({ length: 300 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * 10 + c}</v></c>`).join('')}</row>`);
  file = join(root, '大表.xlsx');
  writeFileSync(file, rawXlsx(sheetXml(rows.join(''))));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('unionstat when its output cannot be written', () => {
  it('cells | head -1: exit 0 as when the listing is read whole, nothing on stderr', () => {
    const errors = join(root, 'stderr.txt');
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${main}" cells "${file}" 2>"${errors}" | head -1 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('cells > /dev/full: one line of Chinese on stderr, exit 1, no stack', () => {
    if (!existsSync('/dev/full')) throw new Error('this test needs /dev/full (Linux)');
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [main, 'cells', file], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stderr).toBe('无法写出结果：磁盘已满。请清理磁盘空间后重新运行。\n');
    } finally {
      closeSync(full);
    }
  });
});
