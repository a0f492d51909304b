import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMergeReport } from '../../core/merge/build-merge-report.js';
import { skipReason, type SkippedInput } from '../../core/merge/classify-input.js';
import type { CheckedRead } from '../../core/merge/kept-submission.js';
import { lastYearFrom } from '../../core/merge/last-year.js';
import { bytesTaskReader } from '../../core/merge/read-task.js';
import { parseRosterCsv } from '../../core/roster/parse-roster-csv.js';
import { standardSpec } from '../../core/templates/index.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runMerge } from '../../pipeline/cli/run-merge.js';

/*
 * What the 汇总 page does, without a file system in the merge: each file's
 * bytes through the per-file task (the reader's own fflate inflate, as in a
 * Web Worker), then buildMergeReport. The report must be the CLI's for the
 * same folders (the CLI reads with node:zlib, on its own walk of the folders).
 */

const SAMPLES = join(process.cwd(), 'samples');
const roster = (() => {
  const parsed = parseRosterCsv(readFileSync(join(SAMPLES, 'roster.csv'), 'utf8'));
  if (!parsed.ok) throw new Error('the sample roster does not parse');
  return parsed.roster;
})();

/** A dropped folder as the page sees it: each file's relative name and bytes, in name order. */
function dropped(root: string): { name: string; data: Uint8Array }[] {
  const walk = (dir: string, prefix: string): { name: string; data: Uint8Array }[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      const name = prefix + entry;
      return statSync(path).isDirectory() ? walk(path, `${name}/`) : [{ name, data: new Uint8Array(readFileSync(path)) }];
    });
  return walk(root, '').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function readAll(files: { name: string; data: Uint8Array }[], read: (file: { name: string }, data: Uint8Array, sha256: string) => CheckedRead): { read: CheckedRead[]; skipped: SkippedInput[] } {
  const skipped: SkippedInput[] = [];
  const out: CheckedRead[] = [];
  for (const file of files) {
    const reason = skipReason(file.name.split('/').pop()!);
    if (reason) skipped.push({ name: file.name, reason });
    else out.push(read({ name: file.name }, file.data, createHash('sha256').update(file.data).digest('hex')));
  }
  return { read: out, skipped };
}

describe('the merge on bytes, as the 汇总 page runs it', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'unionstat-core-merge-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('the same report as the CLI for the sample folders, last year from last year\'s files', async () => {
    const prior = readAll(dropped(join(SAMPLES, 'submissions', '2024')), bytesTaskReader(standardSpec, {}, { keep: 'checked', context: {} }));
    const lastYear = lastYearFrom(prior.read, roster.federation.code);
    const context = { rosterCodes: roster.units.map((u) => u.code), lastYear };
    const current = readAll(dropped(join(SAMPLES, 'submissions', '2025')), bytesTaskReader(standardSpec, {}, { keep: 'checked', context }));
    expect(current.skipped.map((s) => s.reason)).toEqual(['lock-file']);

    const result = buildMergeReport({ spec: standardSpec, roster, submissions: current.read, lastYear, skipped: current.skipped });
    if (!result.ok) throw new Error(`no report: ${result.failure.code}`);
    const cli = await runMerge(
      { spec: standardSpec, roster, inputs: [join(SAMPLES, 'submissions', '2025')], prior: join(SAMPLES, 'submissions', '2024'), out, jobs: 1 },
      recordingEffects(),
    );
    expect(result.report.statuses.length).toBeGreaterThan(10);
    expect(result.report).toEqual(cli.report);
  });

});
