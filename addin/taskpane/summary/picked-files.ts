import type { PickedFile } from './run-summary-merge.js';
import { bytesOf } from '../../page/blob-bytes.js';

/** What a file input gives for each file (File in a browser; a plain object in tests). */
export interface InputFile {
  name: string;
  /** `folder/sub/file.xlsx` when a folder was picked (webkitdirectory), else ''. */
  webkitRelativePath?: string;
}

/**
 * The name outputs give a picked file: relative to the picked folder (its own
 * name dropped, as the CLI names files relative to --in), or the file's name.
 * @example pickedName({ name: '城区.xlsx', webkitRelativePath: '2025/县区/城区.xlsx' }) // '县区/城区.xlsx'
 */
export function pickedName(file: InputFile): string {
  const rel = file.webkitRelativePath;
  if (!rel) return file.name;
  const slash = rel.indexOf('/');
  return slash < 0 ? rel : rel.slice(slash + 1);
}

/** The files of one or more inputs as the merge takes them. */
export function pickedFiles(lists: readonly (FileList | null)[]): PickedFile[] {
  const out: PickedFile[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const file = list[i];
      out.push({ name: pickedName(file), bytes: () => bytesOf(file) });
    }
  }
  return out;
}
