import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS } from '../../core/xlsx/read-limits.js';
import { STREAM_FROM } from '../../core/xlsx/zip-archive.js';
import { mkdirSync } from 'node:fs';
import { FUZZ_PER_FAMILY, FUZZ_SEED, makeFuzzWorkbooks } from '../fixtures/hostile/make-fuzz-workbooks.js';
import { templateParts, writeLargePartCases, writeMemoryCases, writeStreamedWorkbook, writeWideRowsWorkbook } from '../fixtures/hostile/make-memory-cases.js';
import { buildCli } from './build-cli.js';
import { rawXlsx, sheetXml } from '../fixtures/hostile/raw-xlsx.js';
import { STACK_FRAME } from './hash-tree.js';

/**
 * The real `unionstat` process (built once here for both parts: a build takes
 * a while) on what issue 15 found: its memory, and its output errors.
 *
 * The reader's memory bound, held in a real process: `unionstat check` on a
 * file inside every limit that pushes one memory cost of the reader to its
 * limit peaks under PEAK_RSS_BOUND (bench/README.md states it): the 790 ×
 * 16,384-cell sheet of issue 15 and parts of 150 MiB and more (a comment, a
 * whitespace run, 150,000 extra shared strings, 100,000 inline strings) are
 * checked, each giving what the template alone gives, and a 700 MB file is
 * refused from its size before a byte is read.
 * Measured at exit from /proc/self/status (VmHWM: the peak, threads included).
 */
const PEAK_RSS_BOUND_MIB = 300;

const root = mkdtempSync(join(tmpdir(), 'unionstat-memory-'));
let main: string;
const rssReporter = join(root, 'report-rss.mjs');
const cases: { file: string; outcome: string }[] = [];

beforeAll(async () => {
  main = buildCli(process.cwd(), 'reader-process');
  writeFileSync(
    rssReporter,
    // VmHWM, the peak resident set of this process's memory (worker threads share it). Not resourceUsage().maxRSS:
    // Linux keeps ru_maxrss across exec, so a child spawned by a big jest worker would report the worker's peak.
    "import { readFileSync, writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => {\n" +
      "  const kib = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);\n" +
      "  writeFileSync(process.env.RSS_FILE, JSON.stringify({ maxRssKiB: kib }));\n" +
      "});\n",
  );
  const { parts, sheetPart } = await templateParts();
  writeStreamedWorkbook(join(root, '模板.xlsx'), parts, {});
  await writeWideRowsWorkbook(join(root, '790行乘16384列.xlsx'));
  cases.push({ file: '790行乘16384列.xlsx', outcome: 'checked' });
  cases.push(...(await writeLargePartCases(root)));
  cases.push(...(await writeMemoryCases(root)));
  // 700 MB of nothing (a sparse file): refused from its size (fstat), never read.
  const sparse = openSync(join(root, '700MB.xlsx'), 'w');
  ftruncateSync(sparse, 700 * 1024 * 1024);
  closeSync(sparse);
  cases.push({ file: '700MB.xlsx', outcome: 'unreadable:file.too-large' });
  mkdirSync(join(root, 'fuzz'));
  makeFuzzWorkbooks(parts, sheetPart, FUZZ_PER_FAMILY, FUZZ_SEED).forEach((c, n) => writeFileSync(join(root, 'fuzz', `${String(n).padStart(3, '0')}.xlsx`), c.bytes));
  // Some 3,000 cells: the listing is far longer than a pipe's buffer, so the writer meets the closed pipe.
  const rows = Array.from({ length: 300 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * 10 + c}</v></c>`).join('')}</row>`);
  writeFileSync(join(root, '大表.xlsx'), rawXlsx(sheetXml(rows.join(''))));
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface CheckedJson {
  outcome: string;
  unitCode?: string;
  counts?: unknown;
  issues: { code: string; cell?: string; indicator?: string }[];
}

function checkInChild(file: string): { outcome: string; maxRssMiB: number; stderr: string; files: CheckedJson[] } {
  const rssFile = join(root, `${file.replace(/\//g, '_')}.rss.json`);
  const run = spawnSync(process.execPath, ['--import', rssReporter, main, 'check', join(root, file), '--json'], {
    encoding: 'utf8',
    env: { ...process.env, RSS_FILE: rssFile },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  const json = JSON.parse(run.stdout);
  const result = json.files[0];
  const outcome = result.outcome === 'checked' ? 'checked' : `${result.outcome}:${result.issues[0]?.code}`;
  const maxRssMiB = Math.round((JSON.parse(readFileSync(rssFile, 'utf8')).maxRssKiB / 1024) * 10) / 10;
  return { outcome, maxRssMiB, stderr: run.stderr, files: json.files };
}

/** Each case's run, kept for the test that compares what was read. */
const runs = new Map<string, ReturnType<typeof checkInChild>>();

describe(`check peaks under ${PEAK_RSS_BOUND_MIB} MiB RSS on any file inside the limits`, () => {
  it('on each memory case: the expected outcome, under the bound, no stack', () => {
    const measured = cases.map(({ file, outcome }) => {
      const run = checkInChild(file);
      runs.set(file, run);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      return { file, outcome: run.outcome, expected: outcome, underBound: run.maxRssMiB <= PEAK_RSS_BOUND_MIB, maxRssMiB: run.maxRssMiB, size: statSync(join(root, file)).size };
    });
    process.stderr.write(`memory cases:\n${measured.map((m) => `  ${m.file}: ${m.outcome}, ${m.maxRssMiB} MiB peak RSS, ${m.size} B`).join('\n')}\n`);
    expect(measured.map(({ file, outcome, underBound }) => ({ file, outcome, underBound }))).toEqual(
      cases.map(({ file, outcome }) => ({ file, outcome, underBound: true })),
    );
  }, 900_000);

  it('the 790 × 16,384-cell sheet and the 150 MiB parts give what the template alone gives: its unit, counts and issues', () => {
    const summary = (f: CheckedJson) => ({ outcome: f.outcome, unitCode: f.unitCode, counts: f.counts, issues: f.issues.map((i) => `${i.code} ${i.indicator ?? ''} ${i.cell ?? ''}`) });
    const template = summary(checkInChild('模板.xlsx').files[0]);
    expect(template.outcome).toBe('checked');
    expect(template.unitCode).toBe('990299');
    for (const file of ['790行乘16384列.xlsx', '注释150MiB.xlsx', '空白150MiB.xlsx', '共享字符串15万.xlsx', '行内字符串10万.xlsx']) {
      expect({ file, ...summary((runs.get(file) ?? checkInChild(file)).files[0]) }).toEqual({ file, ...template });
    }
  }, 600_000);

  it(`on the fuzz suite's ${FUZZ_PER_FAMILY * 6} mutated workbooks, checked as one folder: every file answered, under the bound`, () => {
    const run = checkInChild('fuzz');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.files.length).toBe(FUZZ_PER_FAMILY * 6);
    expect({ maxRssMiB: run.maxRssMiB, underBound: run.maxRssMiB <= PEAK_RSS_BOUND_MIB }).toEqual({ maxRssMiB: run.maxRssMiB, underBound: true });
  }, 300_000);

  it('the limits the cases push against are the documented ones', () => {
    expect([DEFAULT_READ_LIMITS.maxInflatedBytes, DEFAULT_READ_LIMITS.maxCells, DEFAULT_READ_LIMITS.maxFileBytes, STREAM_FROM]).toEqual([
      200 * 1024 * 1024,
      100_000,
      20 * 1024 * 1024,
      4 * 1024 * 1024,
    ]);
  });
});

/**
 * When its output cannot be written: a reader that goes away (`| head -1`,
 * EPIPE) ends it quietly with its usual exit code; a full disk (/dev/full,
 * ENOSPC) gives one Chinese line and exit 1; never a stack.
 */
describe('unionstat when its output cannot be written', () => {
  it('cells | head -1: exit 0 as when the listing is read whole, nothing on stderr', () => {
    const errors = join(root, 'stderr.txt');
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${main}" cells "${join(root, '大表.xlsx')}" 2>"${errors}" | head -1 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('cells > /dev/full: one line of Chinese on stderr, exit 1, no stack', () => {
    if (!existsSync('/dev/full')) throw new Error('this test needs /dev/full (Linux)');
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [main, 'cells', join(root, '大表.xlsx')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stderr).toBe('无法写出结果：磁盘已满。请清理磁盘空间后重新运行。\n');
    } finally {
      closeSync(full);
    }
  });
});
