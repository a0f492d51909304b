import type { Command } from 'commander';
import { reportLabels } from '../../core/messages/report-messages.js';
import type { Effects } from './effects.js';

export function registerReportCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  // Help in the user's language alone, as every other command's (cli-words.test holds it).
  const help = (text: { zh: string; en: string }) => text[effects.lang];
  program
    .command('report')
    .description(help(reportLabels.command))
    .requiredOption('--draft <file.docx>', help(reportLabels.draftOption))
    .requiredOption('--from <dir>', help(reportLabels.fromOption))
    .requiredOption('--out <file.docx>', help(reportLabels.outOption))
    .action(async (raw: Record<string, unknown>) => {
      // Loaded here, so other commands do not load docxtemplater, ECharts or sharp.
      const { runReport } = await import('./run-report-command.js');
      setExit(await runReport(raw, effects));
    });
}
