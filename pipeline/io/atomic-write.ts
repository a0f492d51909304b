import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file written in full beside its target, waiting to replace it (commit) or to be dropped (discard). */
export interface StagedFile {
  path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes `data` (text in pieces: one after the other, as UTF-8) to a temp
 * file in the target's directory (so the rename stays on one file system),
 * flushed to disk; the target is untouched until commit renames the temp
 * file over it. On a failure to write, the temp file is removed and the
 * error rethrown.
 * @example const staged = await stageFile('out/summary.csv', text); … await staged.commit();
 */
export async function stageFile(path: string, data: Uint8Array | string | Iterable<string>): Promise<StagedFile> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const discard = () => unlink(temp).catch(() => undefined);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await handle.write(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    path,
    async commit() {
      try {
        await rename(temp, path);
      } catch (error) {
        await discard();
        throw error;
      }
      await syncDirectory(dir);
    },
    discard,
  };
}

/**
 * Fails (EBUSY/EPERM/EACCES) when an existing file at `path` cannot be opened
 * for writing: on Windows, when Excel or WPS holds it open. Nothing is written.
 * A missing file is fine: there is nothing to replace.
 */
export async function checkReplaceable(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await handle.close();
}

/**
 * Writes a file so that readers see either the old content or the new one,
 * never half a file: staged (see stageFile), then renamed over the target.
 * @example await writeFileAtomic('out/template.xlsx', bytes)
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await (await stageFile(path, data)).commit();
}

/** Makes the rename itself durable; not every platform lets a directory be opened, so this is best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the data itself is already flushed.
  }
}
