import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stageFile, type StagedFile } from './atomic-write.js';

/** A folder written in full beside its target, waiting to replace it whole (commit) or to be dropped (discard). */
export interface StagedFolder {
  path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `files` into a temp folder beside `path` (each flushed, see
 * stageFile); commit puts it in place of `path` whole, so no file of an
 * earlier run is left beside the new ones (a unit that has fixed its file
 * gets no stale 审核意见). The old folder is moved aside first and removed
 * after; if the new one cannot be put in place, the old one is put back.
 */
export async function stageFolder(path: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<StagedFolder> {
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = join(dirname(path), `.${basename(path)}.${tag}.tmp`);
  const discard = () => rm(temp, { recursive: true, force: true });
  try {
    await mkdir(temp);
    const staged: StagedFile[] = [];
    for (const f of files) staged.push(await stageFile(join(temp, f.name), f.bytes));
    for (const s of staged) await s.commit();
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    path,
    async commit() {
      const old = join(dirname(path), `.${basename(path)}.${tag}.old`);
      const hadOld = await exists(path);
      try {
        if (hadOld) await rename(path, old);
      } catch (error) {
        // A file of the old folder is open (Excel on Windows): nothing is replaced.
        await discard();
        throw error;
      }
      try {
        await rename(temp, path);
      } catch (error) {
        if (hadOld) await rename(old, path).catch(() => undefined);
        await discard();
        throw error;
      }
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    discard,
  };
}
