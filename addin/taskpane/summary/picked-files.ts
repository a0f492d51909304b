import type { PickedFile } from './run-summary-merge.js';

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

/** A File's bytes with FileReader (IE11 and EdgeHTML 18 have no Blob.arrayBuffer). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** The files of one or more inputs as the merge takes them. */
export function pickedFiles(lists: readonly (FileList | null)[]): PickedFile[] {
  const out: PickedFile[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const file = list[i];
      out.push({ name: pickedName(file), bytes: () => readFileBytes(file) });
    }
  }
  return out;
}
