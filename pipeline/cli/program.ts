import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';
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
  const program = new Command('unionstat')
    .description('工会统计助手：审核、汇总工会统计报表 / Union Stats: check and merge union statistics workbooks')
    .option('--lang <lang>', '提示语言 zh|en / message language', 'zh')
    .option('--debug', '出错时显示调用栈 / show the stack on unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => effects.out(s.trimEnd()), writeErr: (s) => effects.err(s.trimEnd()) });
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
  try {
    await buildProgram(effects, (code) => {
      exitCode = Math.max(exitCode, code);
    }).parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
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
