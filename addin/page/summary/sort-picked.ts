import type { PickedFile } from './pick-files.js';

/** Extensions worth opening: .xlsx/.xlsm are read; the others are opened only to say "save as .xlsx" (as the CLI). */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.ods']);

export type SkipReason = 'lock-file' | 'hidden' | 'not-workbook';

export interface SortedPicked {
  workbooks: PickedFile[];
  skipped: (PickedFile & { reason: SkipReason })[];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * The picked files sorted as the CLI's folder walk sorts them: workbooks to
 * read, and what is skipped and why (Office lock files `~$…`, hidden files,
 * non-workbooks); files inside hidden folders are not listed at all. By name
 * (UTF-16 order, as the CLI), so a page run and a CLI run list files alike.
 */
export function sortPicked(picked: readonly PickedFile[]): SortedPicked {
  const workbooks: PickedFile[] = [];
  const skipped: SortedPicked['skipped'] = [];
  const seen = new Set<string>();
  for (const p of picked) {
    // The same file given twice (a folder and a file in it) is read once.
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    const parts = p.name.split('/');
    const base = parts[parts.length - 1];
    if (parts.slice(0, -1).some((folder) => folder.startsWith('.'))) continue;
    if (base.startsWith('~$')) skipped.push({ ...p, reason: 'lock-file' });
    else if (base.startsWith('.')) skipped.push({ ...p, reason: 'hidden' });
    else if (!WORKBOOK_EXTENSIONS.has(extensionOf(base))) skipped.push({ ...p, reason: 'not-workbook' });
    else workbooks.push(p);
  }
  const byName = (a: PickedFile, b: PickedFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { workbooks: workbooks.sort(byName), skipped: skipped.sort(byName) };
}
