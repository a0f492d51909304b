import { basename, dirname } from 'node:path';

/** What a file held open by another program (Excel, WPS, Word on Windows) makes rename or open fail with. */
const LOCK_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Whether an fs error says the file is held open or may not be replaced. */
export function isLockError(error: unknown): boolean {
  return LOCK_CODES.has((error as NodeJS.ErrnoException)?.code ?? '');
}

/**
 * An output that could not be replaced because another program holds it
 * (typically last run's 汇总表.xlsx open in Excel). Thrown only when no output
 * was replaced, so the folder holds last run's files, all of them.
 */
export class OutputLockedError extends Error {
  readonly file: string;
  readonly dir: string;
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`output locked: ${path}`);
    this.name = 'OutputLockedError';
    this.file = basename(path);
    this.dir = dirname(path);
  }
}
