import { cliText, type CliMessageCode } from '../../core/messages/cli-messages.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The run worked and found hard issues (or a merge could not reconcile). */
  hardIssues: 1,
  /** Bad arguments, a missing input folder, an invalid spec or roster. */
  usage: 2,
  /** Something unexpected: a bug. */
  internal: 70,
} as const;

/** The one error type for user-facing failures: a message in Chinese and English and an exit code. */
export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'CliError';
  }
}

/** A CliError worded from core/messages' command-line texts. */
export function cliError(code: CliMessageCode, params: Record<string, string | number | null | undefined> = {}, exitCode: number = EXIT.usage): CliError {
  const text = cliText(code, params);
  return new CliError(text.zh, text.en, exitCode);
}
