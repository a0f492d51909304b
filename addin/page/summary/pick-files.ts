/**
 * What the user gave the page: files named as the CLI names them (relative to
 * the folder given, forward slashes), whether they came from a dropped folder,
 * a folder picker (webkitdirectory) or a multiple-file picker.
 */
export interface PickedFile {
  name: string;
  file: File;
}

/** Files from an <input type=file> (with or without webkitdirectory), named relative to the chosen folder. */
export function pickedFromList(files: ArrayLike<File>): PickedFile[] {
  const picked: PickedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const relative = file.webkitRelativePath;
    // webkitRelativePath starts with the chosen folder's own name; the CLI names files relative to that folder.
    const name = relative ? relative.split('/').slice(1).join('/') : file.name;
    picked.push({ name, file });
  }
  return picked;
}

/** The smallest of FileSystemEntry that the walk needs (Chrome, Edge, Firefox, 360 all have it). */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure?: (error: unknown) => void): void };
}

/** How deep a dropped folder is walked, as the CLI does. */
const MAX_DEPTH = 20;

async function walk(entry: Entry, prefix: string, depth: number, into: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file!(resolve, reject));
    into.push({ name: prefix + entry.name, file });
    return;
  }
  if (!entry.isDirectory || !entry.createReader || depth > MAX_DEPTH) return;
  // A hidden folder inside the one given is not walked (the CLI skips it too).
  if (depth > 0 && entry.name.startsWith('.')) return;
  const reader = entry.createReader();
  const children: Entry[] = [];
  // readEntries gives at most 100 entries a call in Chrome: call until it gives none.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const inner = depth === 0 ? '' : `${prefix}${entry.name}/`;
  for (const child of children) await walk(child, inner, depth + 1, into);
}

/**
 * What was dropped: each dropped folder walked, its files named relative to
 * it; dropped files by their own names. The entries are taken at once: the
 * browser empties the DataTransfer when the drop handler returns.
 */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries: Entry[] = [];
  const loose: File[] = [];
  for (let i = 0; i < data.items.length; i++) {
    const item = data.items[i];
    if (item.kind !== 'file') continue;
    const entry = (item.webkitGetAsEntry?.() ?? null) as Entry | null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) return pickedFromList(data.files);
  const picked: PickedFile[] = loose.map((file) => ({ name: file.name, file }));
  for (const entry of entries) await walk(entry, '', 0, picked);
  return picked;
}
