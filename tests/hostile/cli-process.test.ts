import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '../../core/issues/issue.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { CORPUS_YEAR, hostileRosterCsv, makeHostileCorpus } from '../fixtures/hostile/make-hostile-corpus.js';
import { partsExceptCoreProperties } from '../support/package-parts.js';
import { buildCli } from './build-cli.js';
import { STACK_FRAME } from './hash-tree.js';

/**
 * The real `unionstat` process (compiled and bundled as users run it, reading
 * on worker threads) says the same about every hostile file as the in-process
 * run the other tests use, writes the same outputs, and its exit code is the
 * documented one.
 */
const repoRoot = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'unionstat-process-'));
const corpus = join(root, 'corpus');
const rosterPath = join(root, 'roster.csv');
let main: string;

interface FileJson {
  file: string;
  outcome: string;
  issues: Issue[];
}
const digest = (files: FileJson[]) =>
  files.map((f) => ({ file: f.file, outcome: f.outcome, issues: f.issues.map((i) => `${i.severity}:${i.code}@${i.cell ?? ''} ${i.message.zh}`) }));

beforeAll(async () => {
  main = buildCli(repoRoot, 'process');
  await makeHostileCorpus(corpus);
  writeFileSync(rosterPath, hostileRosterCsv());
}, 300_000);

// The corpus holds a 21 MiB file and a few bombs: leave nothing behind in the temp folder.
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the unionstat process over the hostile corpus', () => {
  it('check: exit 1, the same verdict and words for every file as in-process, no stack', async () => {
    const args = ['check', corpus, '--json', '--roster', rosterPath, '--year', String(CORPUS_YEAR)];
    const run = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const inProcess = recordingEffects();
    await runCli(args, inProcess);
    expect(digest(JSON.parse(run.stdout).files)).toEqual(digest(JSON.parse(inProcess.stdout.join('\n')).files));
  }, 300_000);

  it('merge --jobs 4: exit 1, no warning, and the same outputs as in-process', async () => {
    const args = (out: string) => ['merge', '--roster', rosterPath, '--in', corpus, '--out', out, '--year', String(CORPUS_YEAR)];
    const run = spawnSync(process.execPath, [main, ...args(join(root, 'out-process')), '--jobs', '4'], { encoding: 'utf8', timeout: 300_000 });
    expect(run.status).toBe(1);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(STACK_FRAME);
    // Bundled, exceljs's helpers are outside node_modules, where Node warns about `new Buffer()`: bundle-cli.mjs rewrites
    // those calls. And a V8 that no longer knows the flag limitHeapGrowth sets would say so here.
    expect(run.stderr).not.toMatch(/Warning|unrecognized flag/i);
    expect(await runCli(args(join(root, 'out-in-process')), recordingEffects())).toBe(1);
    const output = (where: string, name: string) => readFileSync(join(root, where, name));
    for (const name of ['汇总数据.csv', '汇总报告.md', '汇总报告.html', '报告语句.md']) {
      expect(output('out-process', name).toString('utf8')).toBe(output('out-in-process', name).toString('utf8'));
    }
    for (const name of ['汇总报告.docx', '汇总表.xlsx']) {
      expect(partsExceptCoreProperties(output('out-process', name))).toEqual(partsExceptCoreProperties(output('out-in-process', name)));
    }
  }, 300_000);
});
