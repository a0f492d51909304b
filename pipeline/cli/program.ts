import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';
import { commanderErrorText, cliWords, localizedHelp } from './localized-help.js';
import { lockedFileText } from './locked-file.js';
import { registerCheckCommand } from './check-command.js';
import { registerMergeCommand } from './merge-command.js';
import { registerCellsCommand } from './cells-command.js';
import { registerTemplateCommand } from './template-command.js';
import { registerSpecCommand } from './spec-command.js';
import { registerReportCommand } from './report-command.js';

/**
 * The `unionstat` program: parses arguments and lazily imports each command's
 * module, so `unionstat template` does not load the merge's dependencies. All
 * logic lives in functions that tests call without argv; commands report their
 * exit code by returning it.
 */
export function buildProgram(effects: Effects, setExit: (code: number) => void): Command {
  const t = cliWords(effects.lang);
  // Help and its settings first: each command copies them when it is added.
  const program = new Command('unionstat')
    .configureHelp(localizedHelp(effects.lang))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand('help [command]', t('help.help-command'))
    .showSuggestionAfterError()
    .description(t('help.program'))
    .option('--lang <lang>', t('help.lang'), 'zh')
    .option('--debug', t('help.debug'))
    .exitOverride()
    // Commander's own (English) error line is not printed: runCli words the error from its code.
    .configureOutput({ writeOut: (s) => effects.out(s.trimEnd()), writeErr: (s) => effects.err(s.trimEnd()), outputError: () => undefined });
  // Each command registers itself here, one line each.
  registerCheckCommand(program, effects, setExit);
  registerMergeCommand(program, effects, setExit);
  registerCellsCommand(program, effects, setExit);
  registerTemplateCommand(program, effects, setExit);
  registerSpecCommand(program, effects, setExit);
  registerReportCommand(program, effects, setExit);
  // @commands
  return program;
}

/** Runs the CLI with the given argv (without `node` and the script) and returns the exit code. */
export async function runCli(args: string[], effects: Effects): Promise<number> {
  const debug = args.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = buildProgram(effects, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      const sub = program.commands.find((c) => args.includes(c.name()));
      effects.err(commanderErrorText(error, effects.lang, sub ? `unionstat ${sub.name()}` : 'unionstat'));
      return EXIT.usage;
    }
    const locked = lockedFileText(error, effects.lang);
    if (locked) {
      effects.err(locked);
      return EXIT.hardIssues;
    }
    if (error instanceof CliError) {
      effects.err(effects.lang === 'en' ? error.en : error.zh);
      return error.exitCode;
    }
    const message = (error as Error)?.message ?? String(error);
    effects.err(effects.lang === 'en' ? `Unexpected error: ${message}` : `意外错误：${message}`);
    if (debug) effects.err(String((error as Error)?.stack));
    else effects.err(effects.lang === 'en' ? 'Run again with --debug to see the stack.' : '加 --debug 重新运行可查看调用栈。');
    return EXIT.internal;
  }
}
