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

export function processEffects(lang: 'zh' | 'en' = 'zh'): Effects {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
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
