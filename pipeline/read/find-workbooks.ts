import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CliError } from '../cli/cli-error.js';

/** Extensions worth opening: .xlsx/.xlsm are read; the others are opened only to say "save as .xlsx". */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.ods']);

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Relative to the input root, forward slashes (how every output names it). */
  name: string;
}

export interface SkippedFile extends FoundFile {
  reason: 'lock-file' | 'hidden' | 'not-workbook';
}

export interface FoundWorkbooks {
  workbooks: FoundFile[];
  skipped: SkippedFile[];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Walks the input folders (or takes the files given) and sorts what it finds:
 * workbooks to read, and what it skipped and why (Office lock files `~$…`,
 * hidden files, non-workbooks). Sorted by name so runs are repeatable.
 */
export async function findWorkbooks(inputs: readonly string[]): Promise<FoundWorkbooks> {
  const workbooks: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
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
    if (!info.isFile()) return;
    if (base.startsWith('~$')) skipped.push({ path, name, reason: 'lock-file' });
    else if (base.startsWith('.')) skipped.push({ path, name, reason: 'hidden' });
    else if (!WORKBOOK_EXTENSIONS.has(extensionOf(base))) skipped.push({ path, name, reason: 'not-workbook' });
    else workbooks.push({ path, name });
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new CliError(`找不到输入文件或文件夹：${input}`, `No such input file or folder: ${input}`);
    await visit(input, info.isDirectory() ? input : join(input, '..'), 0);
  }
  const byName = (a: FoundFile, b: FoundFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { workbooks: workbooks.sort(byName), skipped: skipped.sort(byName) };
}
