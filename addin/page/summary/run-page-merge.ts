import type { RasterisePng } from '../../../report/charts/chart-picture.js';
import { buildMergeReport, type MergeFailure } from '../../../core/merge/build-merge-report.js';
import { duplicateCandidates, type DuplicateCandidates, type DuplicateChoice } from '../../../core/merge/duplicate-choice.js';
import type { CheckedRead, ReadCheckContext } from '../../../core/merge/kept-submission.js';
import { lastYearFrom, type LastYear } from '../../../core/merge/last-year.js';
import type { MergeReport } from '../../../core/merge/merge-report.js';
import { messageFor } from '../../../core/messages/catalog.js';
import type { Locale } from '../../../core/messages/render-text.js';
import { parseRosterFile } from '../../../core/roster/parse-roster-file.js';
import type { Roster } from '../../../core/roster/roster-schema.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { t } from '../../i18n/ui-text.js';
import type { HeaderFields } from './header-store.js';
import { buildPageOutputs } from './page-outputs.js';
import type { PickedFile } from './pick-files.js';
import type { OutputFile } from './save-file.js';
import { sortPicked, type SortedPicked } from './sort-picked.js';
import { runOnPool, type CancelToken } from './worker-pool.js';
import { bytesOf } from '../blob-bytes.js';
import { otherVersionSentence } from '../../../core/messages/merge-failure-messages.js';

/** Last year as the user gave it: a folder of last year's submissions, or last year's 汇总表.xlsx. */
export type PriorInput = { kind: 'folder'; files: PickedFile[] } | { kind: 'summary'; file: PickedFile };

export interface PageMergeInputs {
  spec: TemplateSpec;
  submissions: SortedPicked;
  roster: PickedFile;
  prior?: PriorInput;
  year?: number;
  period?: 'annual' | 'half';
  header: HeaderFields;
  /** Language of the documents (docx, html, md, narrative), as `--lang`. */
  lang: Locale;
}

export type PageMergeStage = 'prior' | 'read' | 'outputs';

export interface PageMergeEnv {
  startWorker: () => Worker;
  /** navigator.hardwareConcurrency: one reader worker per core. */
  cores: number | undefined;
  cancel: CancelToken;
  onProgress?: (stage: PageMergeStage, done: number, total: number, current: string | undefined) => void;
  /** The time the run started, for run.json (tests pass a fixed one). */
  now?: () => Date;
  /** Draws the docx charts' PNGs (the page passes its canvas rasteriser, as the CLI passes sharp). */
  rasterise?: RasterisePng;
}

export interface PageMergeResult {
  report: MergeReport;
  /** The roster the merge ran against (the units of the pre-filled templates). */
  roster: Roster;
  /** Last year as the user gave it, and, for a folder, its files as read (empty context, as `unionstat template --prior` reads them). */
  prior?: { input: PriorInput; reads?: CheckedRead[] };
  /** Every output the CLI writes, in its order, with the CLI's names. */
  outputs: OutputFile[];
  /** The File behind each submission's name, to show its sheet again. */
  blobs: Map<string, Blob>;
  timings: Record<string, number>;
  /** The units left out for sending differing files, from the run without choices: what the page offers to choose from. */
  candidates: DuplicateCandidates[];
  /** The same merge again with the staff's choice of file for duplicate units: nothing is read again. */
  remerge: (choices: readonly DuplicateChoice[]) => Promise<PageMergeResult>;
}

/** A failure the user can act on, worded in both languages (the page shows one). */
export class PageMergeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

function failureError(failure: MergeFailure): PageMergeError {
  const { message, hint } = messageFor(failure.code);
  if (failure.code === 'merge.not-reconciled') {
    const list = failure.problems.map((p) => `${p.group} ${p.indicator} ${p.column}: ${p.expected} ≠ ${p.actual}`).join('；');
    return new PageMergeError(`${message.zh}${list}。${hint.zh}`, `${message.en} ${list}. ${hint.en}`);
  }
  // The catalog's hint names the CLI's --year; the page has a field for it.
  const other = otherVersionSentence(failure.otherVersion);
  return new PageMergeError(`${message.zh}${other.zh}${t('noYearHint', 'zh')}`, `${message.en}${other.en ? ` ${other.en}` : ''} ${t('noYearHint', 'en')}`);
}

/**
 * The CLI's merge in the page: the roster parsed, last year read (on the
 * workers, its own progress), this year's files read and checked on the
 * workers against the roster and last year, the same buildMergeReport, and
 * every output built in memory. Nothing leaves the browser.
 */
export async function runPageMerge(inputs: PageMergeInputs, env: PageMergeEnv): Promise<PageMergeResult> {
  const started = (env.now ?? (() => new Date()))();
  const timings: Record<string, number> = {};
  let since = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - since;
    since = Date.now();
  };
  const { spec } = inputs;

  // The CLI's roster parsing: .csv (UTF-8 or GBK) or .xlsx, the same rules and the same problems.
  const rosterParsed = parseRosterFile(await bytesOf(inputs.roster.file), inputs.roster.name.split('/').pop()!);
  if (!rosterParsed.ok) {
    const problems = (lang: Locale) => rosterParsed.problems.map((p) => `${p.line ? t('rosterLine', lang, { line: p.line }) : ''}${p[lang]}`).join(lang === 'zh' ? '；' : '; ');
    const name = inputs.roster.name;
    throw new PageMergeError(t('rosterInvalid', 'zh', { name, problems: problems('zh') }), t('rosterInvalid', 'en', { name, problems: problems('en') }));
  }
  const roster = rosterParsed.roster;
  lap('find');

  const read = (files: readonly PickedFile[], context: ReadCheckContext, stage: PageMergeStage) =>
    runOnPool<CheckedRead>({
      startWorker: env.startWorker,
      size: env.cores ?? 2,
      task: { kind: 'task', spec, context },
      files,
      cancel: env.cancel,
      onProgress: (done, total, current) => env.onProgress?.(stage, done, total, current),
    });

  let lastYear: LastYear | undefined;
  let prior: PageMergeResult['prior'];
  if (inputs.prior) {
    const priorFiles = inputs.prior.kind === 'summary' ? [{ ...inputs.prior.file, name: inputs.prior.file.name.split('/').pop()! }] : sortPicked(inputs.prior.files).workbooks;
    const priorReads = await read(priorFiles, {}, 'prior');
    lastYear = lastYearFrom(priorReads, roster.federation.code);
    prior = { input: inputs.prior, ...(inputs.prior.kind === 'folder' ? { reads: priorReads } : {}) };
  }
  lap('readPrior');

  const context: ReadCheckContext = { rosterCodes: roster.units.map((u) => u.code), lastYear };
  const submissions = await read(inputs.submissions.workbooks, context, 'read');
  lap('read');

  const header = Object.fromEntries(Object.entries(inputs.header).filter(([, v]) => v)) as Partial<HeaderFields>;
  const blobs = new Map(inputs.submissions.workbooks.map((p) => [p.name, p.file] as const));
  const mergeWith = async (choices: readonly DuplicateChoice[], candidates?: DuplicateCandidates[]): Promise<PageMergeResult> => {
    const result = buildMergeReport(
      { spec, roster, submissions, lastYear, year: inputs.year, period: inputs.period, skipped: inputs.submissions.skipped.map(({ name, reason }) => ({ name, reason })), choices },
      (phase) => lap(phase),
    );
    if (!result.ok) throw failureError(result.failure);
    const report = result.report;
    env.onProgress?.('outputs', 0, 0, undefined);
    const outputs = await buildPageOutputs(report, spec, { lang: inputs.lang, header, startedAt: started.toISOString(), timings, rasterise: env.rasterise });
    const offered = candidates ?? duplicateCandidates(report);
    return { report, roster, prior, outputs, blobs, timings, candidates: offered, remerge: (next) => mergeWith(next, offered) };
  };
  return mergeWith([]);
}
