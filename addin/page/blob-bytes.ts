/**
 * A picked or dropped file's bytes: Blob.arrayBuffer where the browser has it, FileReader elsewhere (IE11 and
 * EdgeHTML 18 have no Blob.arrayBuffer). The one copy for the pages and the pane (workers use FileReaderSync).
 */
export function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
