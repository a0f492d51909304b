import { resolve, sep } from 'node:path';
import type { DuplicateChoice } from '../../core/merge/duplicate-choice.js';
import { readFileBytes } from '../io/read-workbook-file.js';
import type { FoundFile } from '../read/find-workbooks.js';
import { buildMergeReport } from '../../core/merge/build-merge-report.js';
import type { LastYear } from '../../core/merge/last-year.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import type { Roster } from '../../core/roster/roster-schema.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { readLastYear } from '../read/read-last-year.js';
import { readCheckedSubmissions, readsOnThreads } from '../read/read-submissions.js';
import { startWorkbookThread, type WorkbookBuilder } from '../write/workbook-thread.js';
import { CliError, cliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';
import { findInputs } from './find-inputs.js';
import { mergeFailureError } from './merge-failure-error.js';
import { terminalProgress } from './terminal-progress.js';

export interface MergeOptions {
  spec: TemplateSpec;
  roster: Roster;
  inputs: string[];
  out: string;
  prior?: string;
  year?: number;
  period?: 'annual' | 'half';
  reader?: 'fast' | 'exceljs';
  /** Worker threads for reading; 0 or 1 reads in this thread. */
  jobs?: number;
  /** The file the staff chose for a unit that sent differing files (`--use 单位代码=文件路径`). */
  use?: readonly { unitCode: string; path: string }[];
  /** The federation's own header fields for its 汇总 sheet (itself a submission to the level above). */
  header?: { preparer?: string; phone?: string; head?: string };
  /** Also write each unit's 审核意见 and the 催报/退改 list into the 审核意见 folder under `out`. */
  feedback?: boolean;
}

export interface MergeOutcome {
  exitCode: number;
  report: MergeReport;
  written: string[];
  timings: Record<string, number>;
}

/**
 * The federation's main job: find every submission, read and check it against
 * the roster, decide each unit's status, merge the accepted ones (rates
 * recomputed from summed parts), compute 同比, reconcile, and write the outputs.
 * One bad file never stops the batch; a summary that does not reconcile stops
 * the run before anything is written.
 */
export async function runMerge(options: MergeOptions, effects: Effects, workbook: WorkbookBuilder = startWorkbookThread()): Promise<MergeOutcome> {
  // The workbook thread, started by the caller (as early as it can) or here, loads exceljs while the files are read.
  try {
    return await merge(options, effects, workbook);
  } finally {
    workbook.dispose();
  }
}

type Lap = (name: string, since: number) => number;

/**
 * The outputs' modules (exceljs, docx, ECharts, sharp: a few hundred ms to
 * load) are loaded once the reader threads have their files, so that their
 * loading overlaps with the reading instead of coming before it.
 */
let outputModules: Promise<[typeof import('../write/write-outputs.js'), typeof import('../io/sharp-rasteriser.js')]> | undefined;
const loadOutputModules = () => (outputModules ??= Promise.all([import('../write/write-outputs.js'), import('../io/sharp-rasteriser.js')]));

async function merge(options: MergeOptions, effects: Effects, workbook: WorkbookBuilder): Promise<MergeOutcome> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const lap: Lap = (name, since) => {
    timings[name] = Date.now() - since;
    return Date.now();
  };
  // Built in its own function so that what was kept of each submission is garbage before the outputs are
  // built: the report holds values, statuses and issues only.
  const report = await buildReport(options, effects, lap, workbook);
  const t = Date.now();
  timings.total = Date.now() - started;
  const [{ writeOutputs }] = await loadOutputModules();
  const written = await writeOutputs(report, options.spec, options.out, {
    startedAt: new Date(started).toISOString(),
    timings,
    inputs: report.files.map((f) => ({ file: f.file, sha256: f.sha256, bytes: f.bytes })),
    xlsx: { header: Object.fromEntries(Object.entries(options.header ?? {}).filter(([, v]) => v)) },
    lang: effects.lang,
    workbook,
    feedback: options.feedback,
  });
  lap('write', t);
  timings.total = Date.now() - started;

  // Exit 1 whenever staff have something to chase: a file left out of the totals for any reason.
  const needsAction = new Set(['hard-issues', 'duplicate', 'unreadable', 'not-in-roster']);
  const anyHard = report.statuses.some((s) => needsAction.has(s.status));
  return { exitCode: anyHard ? EXIT.hardIssues : EXIT.ok, report, written, timings };
}

async function buildReport(options: MergeOptions, effects: Effects, lap: Lap, workbook: WorkbookBuilder): Promise<MergeReport> {
  const { spec, roster } = options;
  let t = Date.now();
  const progress = terminalProgress(effects);

  const found = await findInputs(options.inputs);
  // Before anything is read: a --use naming no input stops the run at once, and the hash is of the file as chosen.
  const choices = chosenFiles(options.use ?? [], found.workbooks);
  if (found.workbooks.length === 0) {
    effects.err(effects.lang === 'en' ? 'No workbooks found in the input folder.' : '输入文件夹中没有找到工作簿。');
  }
  t = lap('find', t);
  // Last year first: each submission is checked against it where it is read.
  let lastYear: LastYear | undefined;
  if (options.prior) {
    lastYear = await readLastYear(spec, options.prior, roster.federation.code, { reader: options.reader, jobs: options.jobs }, progress);
    if (!lastYear) throw new CliError(`找不到上年数据 ${options.prior}。`, `Cannot find the last-year data ${options.prior}.`);
  }
  t = lap('readPrior', t);

  const context = { rosterCodes: roster.units.map((u) => u.code), lastYear };
  // The charts' code (ECharts on the workbook thread, sharp on libvips's threads) is warmed up while a core is
  // free: while this thread reads a few files, or, when reader threads take both cores, once they are done and
  // their memory is given back (while the statuses and the totals are worked out here).
  const warmCharts = async () => {
    const [, { warmSharpRasteriser }] = await loadOutputModules();
    warmSharpRasteriser();
    workbook.warmCharts();
  };
  const onThreads = readsOnThreads(found.workbooks.length, options.jobs);
  if (!onThreads) await warmCharts();
  const reading = readCheckedSubmissions(spec, found.workbooks, { reader: options.reader, jobs: options.jobs, context }, progress);
  // The reader threads are started (synchronously, above): the outputs' code loads while they read.
  // (A failure to load is reported where the modules are awaited, after the reading.)
  if (onThreads) loadOutputModules().catch(() => undefined);
  const submissions = await reading;
  if (onThreads) await warmCharts();
  t = lap('read', t);

  const result = buildMergeReport(
    { spec, roster, submissions, lastYear, year: options.year, period: options.period, skipped: found.skipped, choices },
    (phase) => void (t = lap(phase, t)),
  );
  if (!result.ok) throw mergeFailureError(result.failure);
  return result.report;
}

/**
 * Each `--use` as the merge's choice: the input it names (by path, or by its
 * name in the outputs) and the SHA-256 of its bytes now, so the file read is
 * the file chosen (one changed before it is read is then not taken).
 */
function chosenFiles(uses: readonly { unitCode: string; path: string }[], workbooks: readonly FoundFile[]): DuplicateChoice[] {
  return uses.map((use) => {
    const wanted = resolve(use.path);
    const input = workbooks.find((w) => resolve(w.path) === wanted) ?? workbooks.find((w) => w.name === use.path.split(sep).join('/'));
    if (!input) throw cliError('cli.use-not-input', { path: use.path });
    const read = readFileBytes(input.path);
    if (!read.ok) throw cliError('cli.use-unreadable', { path: use.path });
    return { unitCode: use.unitCode, file: input.name, sha256: read.sha256 };
  });
}
