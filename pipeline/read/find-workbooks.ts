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
  // `kind`: what the folder's listing said the entry is, when a file or a folder; anything else (a link, a pipe,
  // a file system that does not say) is looked up with stat, which follows links. One stat per file was a thread
  // pool round trip each: a tenth of a second per thousand files.
  const visit = async (path: string, root: string, depth: number, kind?: 'file' | 'folder'): Promise<void> => {
    const info = kind ? undefined : await stat(path);
    const name = relative(root, path).split(sep).join('/') || path.split(sep).pop()!;
    const base = path.split(sep).pop()!;
    if (kind === 'folder' || info?.isDirectory()) {
      if (depth > 0 && base.startsWith('.')) return;
      if (depth > 20) return;
      const entries = await readdir(path, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        await visit(join(path, entry.name), root, depth + 1, entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : undefined);
      }
      return;
    }
    // A named pipe, a device or a socket is said to be skipped, never opened (a pipe would wait for a writer).
    if (kind !== 'file' && !info?.isFile()) {
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
