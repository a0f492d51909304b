import { OutputLockedError, isLockError } from '../write/output-locked-error.js';
import { cliWords } from './localized-help.js';

/**
 * The user's words for a file another program holds open: an output of the
 * merge (nothing replaced; close it in Excel), or any other file the CLI could
 * not write. Undefined for any other error.
 */
export function lockedFileText(error: unknown, lang: 'zh' | 'en'): string | undefined {
  const t = cliWords(lang);
  if (error instanceof OutputLockedError) return t('cli.output-locked', { file: error.file, dir: error.dir });
  if (!isLockError(error)) return undefined;
  const e = error as NodeJS.ErrnoException & { dest?: string };
  const file = e.dest ?? e.path;
  return file ? t('cli.file-locked', { file }) : undefined;
}
