import { guardedOutput } from './guarded-output.js';

/**
 * Side effects a command may have, passed in so tests call commands without a
 * terminal: they capture what would be printed.
 */
export interface Effects {
  /** A line for the user (stdout). */
  out(line: string): void;
  /** A warning or progress line (stderr). */
  err(line: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** Message language: Chinese first, English on request. */
  lang: 'zh' | 'en';
}

/**
 * Effects on the real process. A write error on stdout is guarded (see
 * guardedOutput): EPIPE ends the output quietly; another error that arrives
 * after the fact is printed on stderr as one line and sets exit code 1.
 */
export function processEffects(lang: 'zh' | 'en' = 'zh'): Effects {
  const out = guardedOutput(process.stdout, (error) => {
    process.stderr.write(`${lang === 'en' ? error.en : error.zh}\n`);
    process.exitCode = Math.max(Number(process.exitCode ?? 0), error.exitCode);
  });
  return {
    out,
    err: (line) => process.stderr.write(`${line}\n`),
    isTTY: Boolean(process.stderr.isTTY),
    lang,
  };
}

/** Effects that record lines instead of printing them (for tests). */
export function recordingEffects(lang: 'zh' | 'en' = 'zh'): Effects & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTTY: false, lang };
}
