import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { findWorkbooks } from '../../pipeline/read/find-workbooks.js';
import { OUTPUT_FILES } from '../../pipeline/write/write-outputs.js';
import { makeValidBatch } from '../fixtures/hostile/make-valid-batch.js';
import { buildCli } from './build-cli.js';
import { hashTree } from './hash-tree.js';

/**
 * A merge killed midway (SIGKILL: no cleanup runs) must leave each output
 * either as it was or complete and new — never truncated — and whatever temp
 * file it leaves must not pass for an output.
 */
const repoRoot = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'unionstat-atomic-'));
const OUTPUTS = Object.values(OUTPUT_FILES) as string[];
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let main: string;
const small = join(root, 'in-small');
const large = join(root, 'in-large');
const rosterPath = join(root, 'roster.csv');

function mergeArgs(input: string, out: string): string[] {
  return [main, 'merge', '--roster', rosterPath, '--in', input, '--out', out, '--year', '2025'];
}

/** Runs a merge to the end; returns how long it took. */
function mergeFully(input: string, out: string): number {
  const started = Date.now();
  const run = spawnSync(process.execPath, mergeArgs(input, out), { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`merge exited ${run.status}: ${run.stderr}`);
  return Date.now() - started;
}

/** Starts a merge and SIGKILLs it when `when` says so; resolves once it is dead. */
function mergeKilled(input: string, out: string, when: (kill: () => void) => () => void): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, mergeArgs(input, out), { stdio: 'ignore' });
    let dead = false;
    const stop = when(() => {
      if (!dead) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      dead = true;
      stop();
      resolve(signal ?? code);
    });
  });
}

/** Whether `bytes` is a complete output of its kind: zips unzip, JSON parses, text equals the reference run's. */
function complete(name: string, bytes: Uint8Array, reference: Record<string, Uint8Array>): boolean {
  try {
    if (name.endsWith('.xlsx') || name.endsWith('.docx')) {
      const parts = unzipSync(bytes);
      return Object.keys(parts).includes('[Content_Types].xml');
    }
    if (name.endsWith('.json')) {
      JSON.parse(new TextDecoder().decode(bytes));
      return true;
    }
    return sha(bytes) === sha(reference[name]);
  } catch {
    return false;
  }
}

describe('outputs written atomically', () => {
  const out = join(root, 'out');
  const reference: Record<string, Uint8Array> = {};
  let fullMs = 0;

  beforeAll(async () => {
    main = buildCli(repoRoot, 'atomic');
    const roster = await makeValidBatch(large, 150, 2025);
    writeFileSync(rosterPath, roster);
    await makeValidBatch(small, 12, 2025);
    // The large run, once to the end: how long it takes, and its text outputs for comparison.
    const refOut = join(root, 'out-reference');
    fullMs = mergeFully(large, refOut);
    for (const name of OUTPUTS) reference[name] = new Uint8Array(readFileSync(join(refOut, name)));
  }, 300_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a merge killed at any point leaves each output old or complete, and its temp files hidden', async () => {
    mergeFully(small, out);
    const first = hashTree(out);
    expect(Object.keys(first).sort()).toEqual([...OUTPUTS].sort());
    // The small and the large run give different outputs, so "old" and "new" can be told apart.
    for (const name of ['汇总数据.csv', '汇总报告.md', '汇总报告.html']) expect(first[name]).not.toBe(sha(reference[name]));

    const outcomes: string[] = [];
    // Kill at fixed points across the run (reading, consolidating, writing) ...
    const delays = [0.3, 0.6, 0.8, 0.9, 0.95, 1.0, 1.05].map((f) => Math.round(f * fullMs));
    const strategies: ((kill: () => void) => () => void)[] = delays.map((ms) => (kill) => {
      const timer = setTimeout(kill, ms);
      return () => clearTimeout(timer);
    });
    // ... and the moment a temp file shows up in out/, i.e. while the outputs are staged one by one ...
    for (let k = 0; k < 3; k++) {
      strategies.push((kill) => {
        const seen = new Set(readdirSync(out).filter((n) => n.endsWith('.tmp')));
        const timer = setInterval(() => {
          const temps = readdirSync(out).filter((n) => n.endsWith('.tmp') && !seen.has(n));
          if (temps.length > k) {
            clearInterval(timer);
            kill();
          }
        }, 1);
        return () => clearInterval(timer);
      });
    }

    // ... and the moment the first output is replaced, i.e. in the middle of putting the staged outputs in place.
    strategies.push((kill) => {
      const mtimes = () => OUTPUTS.map((name) => statSync(join(out, name)).mtimeMs).join();
      const was = mtimes();
      const timer = setInterval(() => {
        if (mtimes() !== was) {
          clearInterval(timer);
          kill();
        }
      }, 1);
      return () => clearInterval(timer);
    });

    for (const strategy of strategies) {
      const before = hashTree(out);
      await mergeKilled(large, out, strategy);
      const after = readdirSync(out);
      for (const name of OUTPUTS) {
        const bytes = new Uint8Array(readFileSync(join(out, name)));
        const state = sha(bytes) === before[name] ? 'old' : complete(name, bytes, reference) ? 'new' : 'BROKEN';
        outcomes.push(`${name}:${state}`);
      }
      // Whatever else is left is a hidden temp file, which no reader takes for a workbook or an output.
      expect(after.filter((n) => !OUTPUTS.includes(n) && !/^\..+\.tmp$/.test(n))).toEqual([]);
    }
    expect(outcomes.filter((o) => o.endsWith('BROKEN'))).toEqual([]);
    // Both ends were reached: some kills left old files, some runs replaced them.
    expect(outcomes.some((o) => o.endsWith(':old'))).toBe(true);
    expect(outcomes.some((o) => o.endsWith(':new'))).toBe(true);
  }, 600_000);

  it('a later full run replaces every output, and the leftover temp files are never read as input', async () => {
    mergeFully(large, out);
    for (const name of ['汇总数据.csv', '汇总报告.md', '汇总报告.html', '报告语句.md']) {
      expect(sha(new Uint8Array(readFileSync(join(out, name))))).toBe(sha(reference[name]));
    }
    expect(existsSync(join(out, OUTPUT_FILES.run))).toBe(true);
    const found = await findWorkbooks([out]);
    // The two workbooks among the outputs; no temp file.
    expect(found.workbooks.map((w) => w.name).sort()).toEqual([OUTPUT_FILES.xlsx, OUTPUT_FILES.statuses].sort());
    expect(found.skipped.filter((s) => s.name.endsWith('.tmp')).every((s) => s.reason === 'hidden')).toBe(true);
  }, 300_000);
});
