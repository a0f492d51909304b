import { skipReason, type SkippedInput } from '../../../core/merge/classify-input.js';
import type { PickedFile } from './pick-files.js';

export interface SortedPicked {
  workbooks: PickedFile[];
  skipped: (PickedFile & SkippedInput)[];
}

/**
 * The picked files sorted as the CLI's folder walk sorts them (core's
 * skipReason): workbooks to read, and what is skipped and why; files inside
 * hidden folders are not listed at all. By name (UTF-16 order, as the CLI),
 * so a page run and a CLI run list files alike.
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
    if (parts.slice(0, -1).some((folder) => folder.startsWith('.'))) continue;
    const reason = skipReason(parts[parts.length - 1]);
    if (reason) skipped.push({ ...p, reason });
    else workbooks.push(p);
  }
  const byName = (a: PickedFile, b: PickedFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { workbooks: workbooks.sort(byName), skipped: skipped.sort(byName) };
}
