import { buildMergeReport, type MergeFailure } from '../../../core/merge/build-merge-report.js';
import type { DuplicateChoice } from '../../../core/merge/duplicate-choice.js';
import type { CheckedRead } from '../../../core/merge/kept-submission.js';
import { lastYearFrom, type LastYear } from '../../../core/merge/last-year.js';
import type { MergeReport } from '../../../core/merge/merge-report.js';
import { skipReason, type SkippedInput } from '../../../core/merge/classify-input.js';
import { bytesTaskReader } from '../../../core/merge/read-task.js';
import { baseName } from '../../../core/merge/read-submission.js';
import type { RosterProblem } from '../../../core/roster/parse-roster-csv.js';
import { parseRosterFile } from '../../../core/roster/parse-roster-file.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { buildSummaryXlsx, type SummaryXlsxOptions } from '../../../report/build-summary-xlsx.js';
import { sha256Hex } from '../../../core/hash/sha256.js';

/** A file the user picked: its name as outputs name it (folder-relative when a folder was picked) and its bytes on demand. */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface SummaryMergeInput {
  spec: TemplateSpec;
  files: readonly PickedFile[];
  roster: PickedFile;
  /** Last year's submissions, or last year's 汇总表.xlsx. */
  lastYear?: readonly PickedFile[];
  year?: number;
  period?: 'annual' | 'half';
  choices?: readonly DuplicateChoice[];
  xlsx?: SummaryXlsxOptions;
  /** Called after each file is read: how many of how many, and which. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Lets the pane breathe between files (a timer turn); a test passes a no-op. */
  pause?: () => Promise<void>;
}

export type SummaryMergeResult =
  | { ok: true; report: MergeReport; xlsx: Uint8Array }
  | { ok: false; roster: RosterProblem[] }
  | { ok: false; failure: MergeFailure };

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The merge as the CLI runs it, in the task pane's own thread: each file read
 * and checked by core's per-file task (one at a time, with a pause between
 * files so the pane stays responsive: the IE11 and EdgeHTML webviews of Office
 * 2016/2019 cannot start workers from the bundle), then buildMergeReport and
 * 汇总表.xlsx from report/.
 */
export async function runSummaryMerge(input: SummaryMergeInput): Promise<SummaryMergeResult> {
  const { spec } = input;
  const pause = input.pause ?? nextTurn;
  // .xlsx or .csv, by the same rules as the CLI's --roster and the 汇总 page.
  const roster = parseRosterFile(await input.roster.bytes(), input.roster.name);
  if (!roster.ok) return { ok: false, roster: roster.problems };

  const readAll = async (files: readonly PickedFile[], read: (file: { name: string }, data: Uint8Array, sha256: string) => CheckedRead, skipped: SkippedInput[]) => {
    const out: CheckedRead[] = [];
    const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let done = 0;
    for (const file of sorted) {
      const reason = skipReason(baseName(file));
      if (reason) skipped.push({ name: file.name, reason });
      else {
        const data = await file.bytes();
        out.push(read({ name: file.name }, data, sha256Hex(data)));
      }
      input.onProgress?.(++done, sorted.length, file.name);
      await pause();
    }
    return out;
  };

  let lastYear: LastYear | undefined;
  if (input.lastYear && input.lastYear.length > 0) {
    const priorRead = bytesTaskReader(spec, {}, { keep: 'checked', context: {} });
    lastYear = lastYearFrom(await readAll(input.lastYear, priorRead, []), roster.roster.federation.code);
  }
  const skipped: SkippedInput[] = [];
  const read = bytesTaskReader(spec, {}, { keep: 'checked', context: { rosterCodes: roster.roster.units.map((u) => u.code), lastYear } });
  const submissions = await readAll(input.files, read, skipped);
  const result = buildMergeReport({ spec, roster: roster.roster, submissions, lastYear, year: input.year, period: input.period, skipped, choices: input.choices });
  if (!result.ok) return { ok: false, failure: result.failure };
  const xlsx = await buildSummaryXlsx(result.report, spec, input.xlsx ?? {});
  return { ok: true, report: result.report, xlsx };
}
