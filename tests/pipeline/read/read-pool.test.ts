import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { terminalProgress } from '../../../pipeline/cli/terminal-progress.js';
import { findWorkbooks, type FoundFile } from '../../../pipeline/read/find-workbooks.js';
import { autoJobs, readWorkerUrl } from '../../../pipeline/read/read-pool.js';
import type { ReadSubmission } from '../../../pipeline/read/read-submission.js';
import { readCheckedSubmissions, readSubmissions } from '../../../pipeline/read/read-submissions.js';
import { check, finishCheck, valuesOf } from '../../../core/rules/index.js';
import { compileTree } from '../../support/compiled-tree.js';

// The worker runs compiled JavaScript: core/ and pipeline/ emitted into a git-ignored folder (compileTree).
const repo = process.cwd();
let tree: ReturnType<typeof compileTree> | undefined;

type Compiled = {
  readSubmissions: typeof readSubmissions;
  readCheckedSubmissions: typeof readCheckedSubmissions;
  pool: { readOnPool: typeof import('../../../pipeline/read/read-pool.js').readOnPool; readWorkerUrl: typeof readWorkerUrl };
};

let compiled: Compiled;
let inputs: string;
let files: FoundFile[];

beforeAll(async () => {
  tree = compileTree('read-pool', ['core', 'report', 'pipeline']);
  const reading = await tree.load<{ readSubmissions: typeof readSubmissions; readCheckedSubmissions: typeof readCheckedSubmissions }>(
    'pipeline/read/read-submissions.js',
  );
  compiled = {
    readSubmissions: reading.readSubmissions,
    readCheckedSubmissions: reading.readCheckedSubmissions,
    pool: await tree.load<Compiled['pool']>('pipeline/read/read-pool.js'),
  };
  // The bundled samples of both years (a subfolder, an odd name, a hard error), plus files that cannot be read.
  inputs = mkdtempSync(join(tmpdir(), 'read-pool-'));
  for (const year of ['2024', '2025']) {
    const from = join(repo, 'samples', 'submissions', year);
    for (const f of (await findWorkbooks([from])).workbooks) {
      const to = join(inputs, year, relative(from, f.path));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(f.path, to);
    }
  }
  writeFileSync(join(inputs, 'not-a-zip.xlsx'), 'this is text, not a workbook');
  writeFileSync(join(inputs, 'empty.xlsx'), new Uint8Array(0));
  const zipButNoSheets = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  writeFileSync(join(inputs, 'empty-zip.xlsx'), zipButNoSheets);
  files = (await findWorkbooks([inputs])).workbooks;
}, 180_000);

afterAll(() => {
  if (tree) rmSync(tree.root, { recursive: true, force: true });
  if (inputs) rmSync(inputs, { recursive: true, force: true });
});

describe('reading submissions on worker threads', () => {
  it('finds the compiled worker beside the compiled module, and none beside the TypeScript source', () => {
    expect(compiled.pool.readWorkerUrl()?.href).toBe(pathToFileURL(join(tree!.root, 'pipeline/read/read-worker.js')).href);
    expect(readWorkerUrl()).toBeUndefined();
  });

  it('gives exactly the same results on two threads as in this thread, in file order', async () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const inThread = await compiled.readSubmissions(standardSpec, files, { jobs: 1 }, terminalProgress(recordingEffects()));
    const progress: string[] = [];
    const pooled = await compiled.pool.readOnPool(compiled.pool.readWorkerUrl()!, standardSpec, files, {}, { keep: 'extracted' }, 2, (f) =>
      progress.push(f.name),
    );
    // Every file came back from a thread (none left for the fallback), each once.
    expect(pooled.every((r) => r !== undefined)).toBe(true);
    expect([...progress].sort()).toEqual(files.map((f) => f.name).sort());
    expect(pooled).toEqual(inThread);
    // The batch has what the comparison is about: extracted templates and failures with their issues.
    const results = pooled as ReadSubmission[];
    expect(results.filter((r) => r.extracted).length).toBe(23);
    expect(results.filter((r) => r.failure === 'unreadable').map((r) => r.file.name).sort()).toEqual(['empty-zip.xlsx', 'empty.xlsx', 'not-a-zip.xlsx']);
    expect(results.map((r) => r.file.name)).toEqual(files.map((f) => f.name));
  });

  it('readSubmissions with jobs 2 uses the pool and matches jobs 1', async () => {
    const effects = recordingEffects();
    const viaPool = await compiled.readSubmissions(standardSpec, files, { jobs: 2 }, terminalProgress(effects));
    const inThread = await readSubmissions(standardSpec, files, { jobs: 1 }, terminalProgress(recordingEffects()));
    expect(viaPool).toEqual(inThread);
    expect(effects.stderr.length).toBeGreaterThan(0);
  });

  it('checked where read (the merge): every file on the threads, the same as here, and the same issues as checking the extracted sheet', async () => {
    const extracted = await readSubmissions(standardSpec, files, { jobs: 1 }, terminalProgress(recordingEffects()));
    // Last year's figures: each unit's 本年 as read, one of them off by 7, so the check against last year has something to say.
    const lastYear = { byUnit: {} as Record<string, Record<string, number | null>>, sources: {} as Record<string, string> };
    for (const r of extracted) {
      const code = r.extracted?.unitCode;
      if (!code || lastYear.byUnit[code]) continue;
      const values = valuesOf(r.extracted!, 'current');
      lastYear.byUnit[code] = { ...values, A01: (values.A01 ?? 0) + 7 };
      lastYear.sources[code] = `${code}-last-year.xlsx`;
    }
    const context = { rosterCodes: ['990101', '990104', '990181'], lastYear };
    const task = { keep: 'checked' as const, context };
    const viaPool = await compiled.pool.readOnPool(compiled.pool.readWorkerUrl()!, standardSpec, files, {}, task, 2);
    // Every file came back from a thread: none was left for this thread to read.
    expect(viaPool.every((r) => r !== undefined)).toBe(true);
    const inThread = await readCheckedSubmissions(standardSpec, files, { jobs: 1, context }, terminalProgress(recordingEffects()));
    expect(viaPool).toEqual(inThread);
    expect(await compiled.readCheckedSubmissions(standardSpec, files, { jobs: 2, context }, terminalProgress(recordingEffects()))).toEqual(inThread);

    const collection = { year: 2025, period: 'annual' as const };
    const rosterCodes = new Set(context.rosterCodes);
    const finished = inThread.map((read, i) => {
      const sheet = extracted[i].extracted;
      expect(Boolean(read.kept)).toBe(Boolean(sheet));
      expect(read.failureIssues).toEqual(extracted[i].failureIssues);
      if (!read.kept || !sheet) return [];
      const code = sheet.unitCode;
      const unitLastYear = code && lastYear.byUnit[code] ? { values: lastYear.byUnit[code], source: lastYear.sources[code] } : undefined;
      const result = finishCheck(standardSpec, read.kept.check, collection);
      expect(result).toEqual(check(standardSpec, sheet, { rosterCodes, collection, lastYear: unitLastYear }));
      expect(read.kept.currentCells).toEqual(Object.fromEntries(Object.entries(sheet.rows).map(([c, row]) => [c, row.current.cell])));
      expect([read.kept.unitCode, read.kept.unitName]).toEqual([sheet.unitCode, sheet.unitName]);
      return result.issues;
    });
    // What the comparison is about: the collection (half the files are 2024's), the roster and last year each have something to say.
    const codes = finished.flat().map((i) => i.code);
    for (const code of ['header.matches-collection', 'header.in-roster', 'prior-matches-last-year']) expect([code, codes.includes(code)]).toEqual([code, true]);
  });

  it('falls back to this thread when the worker file is missing (TypeScript sources)', async () => {
    const fallback = await readSubmissions(standardSpec, files.slice(0, 5), { jobs: 2 }, terminalProgress(recordingEffects()));
    const inThread = await readSubmissions(standardSpec, files.slice(0, 5), { jobs: 1 }, terminalProgress(recordingEffects()));
    expect(fallback).toEqual(inThread);
    expect(fallback.map((r) => r.file.name)).toEqual(files.slice(0, 5).map((f) => f.name));
  });

  it('chooses threads only for a large batch', () => {
    expect(autoJobs(30, 2)).toBe(1);
    expect(autoJobs(49, 8)).toBe(1);
    expect(autoJobs(50, 2)).toBe(2);
    expect(autoJobs(3000, 16)).toBe(4);
    expect(autoJobs(3000, 1)).toBe(1);
  });
});
