import { loadSpecFile } from '../io/load-spec.js';
import { runMerge } from './run-merge.js';
import type { WorkbookBuilder } from '../write/workbook-thread.js';
import { loadRoster } from '../roster/load-roster.js';
import { parseOptions } from './cli-options.js';
import type { Effects } from './effects.js';
import { MergeCliOptions } from './merge-command.js';
import { printMergeResult } from './print-merge-result.js';

/** `unionstat merge`: validated options in, exit code out; `workbook` is the thread the command started, if any. */
export async function runMergeCommand(raw: unknown, effects: Effects, workbook?: WorkbookBuilder): Promise<number> {
  const options = parseOptions(MergeCliOptions, raw);
  const spec = await loadSpecFile(options.spec);
  const roster = await loadRoster(options.roster);
  const outcome = await runMerge(
    {
      spec,
      roster,
      inputs: options.in,
      out: options.out,
      prior: options.prior,
      year: options.year,
      period: options.period,
      reader: options.reader,
      jobs: options.jobs,
      use: options.use,
      header: { preparer: options.preparer, phone: options.phone, head: options.head },
      feedback: options.feedback,
    },
    effects,
    workbook,
  );
  printMergeResult(outcome, spec, effects);
  return outcome.exitCode;
}
