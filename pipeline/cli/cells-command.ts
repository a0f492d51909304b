import type { Command } from 'commander';
import { z } from 'zod';
import type { Effects } from './effects.js';
import { cliWords } from './localized-help.js';
import { ReaderOption } from './cli-options.js';

export const CellsCliOptions = z.object({
  file: z.string().min(1),
  sheet: z.string().min(1).optional(),
  json: z.boolean().default(false),
  reader: ReaderOption.default('fast'),
});
export type CellsCliOptions = z.infer<typeof CellsCliOptions>;

export function registerCellsCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  const t = cliWords(effects.lang);
  program
    .command('cells')
    .description(t('help.cells'))
    .argument(`<${t('help.arg.file')}>`, t('help.cells.file'))
    .option('--sheet <name>', t('help.cells.sheet'))
    .option('--json', t('help.json'))
    .option('--reader <r>', t('help.reader'), 'fast')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { runCellsCommand } = await import('./run-cells-command.js');
      setExit(await runCellsCommand({ ...raw, file }, effects));
    });
}
