import type { Command } from 'commander';
import { z } from 'zod';
import { startWorkbookThread } from '../write/workbook-thread.js';
import type { Effects } from './effects.js';
import { cliWords } from './localized-help.js';
import { JobsOption, PeriodOption, ReaderOption, UseOptions, YearOption } from './cli-options.js';

export const MergeCliOptions = z.object({
  roster: z.string().min(1),
  in: z.array(z.string().min(1)).min(1),
  out: z.string().min(1),
  prior: z.string().min(1).optional(),
  year: YearOption.optional(),
  period: PeriodOption.optional(),
  spec: z.string().min(1).optional(),
  reader: ReaderOption.default('fast'),
  jobs: JobsOption.optional(),
  preparer: z.string().trim().min(1).max(50).optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  head: z.string().trim().min(1).max(50).optional(),
  use: UseOptions.default([]),
  feedback: z.boolean().optional(),
});
export type MergeCliOptions = z.infer<typeof MergeCliOptions>;

export function registerMergeCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  const t = cliWords(effects.lang);
  program
    .command('merge')
    .description(t('help.merge'))
    .requiredOption('--roster <file>', t('help.merge.roster'))
    .requiredOption('--in <dir...>', t('help.merge.in'))
    .requiredOption('--out <dir>', t('help.merge.out'))
    .option('--prior <dir|file>', t('help.merge.prior'))
    .option('--year <n>', t('help.merge.year'))
    .option('--period <p>', t('help.period'))
    .option('--spec <file>', t('help.merge.spec'))
    .option('--reader <r>', t('help.reader'), 'fast')
    .option('--jobs <n>', t('help.merge.jobs'))
    .option('--preparer <name>', t('help.merge.preparer'))
    .option('--phone <tel>', t('help.merge.phone'))
    .option('--head <name>', t('help.merge.head'))
    .option('--use <代码=文件>', t('help.merge.use'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--feedback', t('help.merge.feedback'))
    .action(async (raw: Record<string, unknown>) => {
      // Before the merge's modules load: the workbook thread's own start-up (~0.3 s) overlaps with theirs.
      const workbook = startWorkbookThread();
      try {
        const { runMergeCommand } = await import('./run-merge-command.js');
        setExit(await runMergeCommand(raw, effects, workbook));
      } finally {
        workbook.dispose();
      }
    });
}
