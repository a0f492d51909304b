import type { Command } from 'commander';
import { z } from 'zod';
import type { Effects } from './effects.js';
import { cliWords } from './localized-help.js';
import { PeriodOption, ReaderOption, YearOption } from './cli-options.js';

export const CheckCliOptions = z.object({
  paths: z.array(z.string().min(1)).min(1),
  roster: z.string().min(1).optional(),
  year: YearOption.optional(),
  period: PeriodOption.optional(),
  spec: z.string().min(1).optional(),
  json: z.boolean().default(false),
  report: z.string().min(1).optional(),
  reader: ReaderOption.default('fast'),
});
export type CheckCliOptions = z.infer<typeof CheckCliOptions>;

export function registerCheckCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  const t = cliWords(effects.lang);
  program
    .command('check')
    .description(t('help.check'))
    .argument(`<${t('help.arg.paths')}...>`, t('help.check.paths'))
    .option('--roster <file>', t('help.check.roster'))
    .option('--year <n>', t('help.check.year'))
    .option('--period <p>', t('help.period'))
    .option('--spec <file>', t('help.merge.spec'))
    .option('--json', t('help.json'))
    .option('--report <file.xlsx>', t('help.check.report'))
    .option('--reader <r>', t('help.reader'), 'fast')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runCheckCommand } = await import('./run-check-command.js');
      setExit(await runCheckCommand({ ...raw, paths }, effects));
    });
}
