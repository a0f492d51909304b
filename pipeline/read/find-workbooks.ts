import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { skipReason, type SkipReason } from '../../core/merge/classify-input.js';

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Relative to the input root, forward slashes (how every output names it). */
  name: string;
}

export interface SkippedFile extends FoundFile {
  reason: SkipReason;
}

export interface FoundWorkbooks {
  workbooks: FoundFile[];
  skipped: SkippedFile[];
  /** Inputs that do not exist (the caller decides whether that stops the run). */
  missing: string[];
}

/**
 * Walks the input folders (or takes the files given) and sorts what it finds:
 * workbooks to read, and what it skipped and why (see skipReason; anything
 * but a regular file or a folder is 'not-regular'). Sorted by
 * name so runs are repeatable.
 */
export async function findWorkbooks(inputs: readonly string[]): Promise<FoundWorkbooks> {
  const workbooks: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  const missing: string[] = [];
  const visit = async (path: string, root: string, depth: number): Promise<void> => {
    const info = await stat(path);
    const name = relative(root, path).split(sep).join('/') || path.split(sep).pop()!;
    const base = path.split(sep).pop()!;
    if (info.isDirectory()) {
      if (depth > 0 && base.startsWith('.')) return;
      if (depth > 20) return;
      const entries = await readdir(path);
      for (const entry of entries.sort()) await visit(join(path, entry), root, depth + 1);
      return;
    }
    // A named pipe, a device or a socket is said to be skipped, never opened (a pipe would wait for a writer).
    if (!info.isFile()) {
      skipped.push({ path, name, reason: 'not-regular' });
      return;
    }
    const reason = skipReason(base);
    if (reason) skipped.push({ path, name, reason });
    else workbooks.push({ path, name });
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      missing.push(input);
      continue;
    }
    await visit(input, info.isDirectory() ? input : join(input, '..'), 0);
  }
  const byName = (a: FoundFile, b: FoundFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { workbooks: workbooks.sort(byName), skipped: skipped.sort(byName), missing };
}
