import { zipSync } from 'fflate';

/** An output as the page holds it: its name (as the CLI names it) and its bytes. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
};

export function blobOf(file: OutputFile): Blob {
  const ext = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
  return new Blob([file.bytes as BlobPart], { type: TYPES[ext] ?? 'application/octet-stream' });
}

/** Every output in one .zip, in the given order, names as the CLI writes them (UTF-8 names). */
export function zipOutputs(files: readonly OutputFile[]): Uint8Array {
  // Stored, not deflated: xlsx and docx are zips already, and the rest are small.
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])) as Parameters<typeof zipSync>[0]);
}

/** Saves `file` the way the browser saves a download (nothing is sent anywhere). */
export function saveFile(doc: Document, file: OutputFile): void {
  const blob = blobOf(file);
  const nav = doc.defaultView?.navigator as (Navigator & { msSaveOrOpenBlob?: (b: Blob, n: string) => boolean }) | undefined;
  // EdgeHTML saves a blob through its own call; an <a download> there does nothing.
  if (nav?.msSaveOrOpenBlob) {
    nav.msSaveOrOpenBlob(blob, file.name);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
