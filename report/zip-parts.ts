import { Zip } from 'fflate';

/** Text parts are encoded and deflated this many characters at a time. */
const TEXT_BATCH = 1 << 18;

/**
 * A part's content: bytes, or text in pieces (UTF-8 in the package), which
 * are encoded and deflated as they come, so a 20 MB part is never held whole.
 */
export type PartContent = Uint8Array | Iterable<string>;

/**
 * How a package's parts are deflated, injected by the shell: node:zlib in the
 * CLI (pipeline/write/node-deflater.ts), fflate in the browser
 * (fflateDeflater). The parts are the same whichever is used; only the
 * compressed bytes differ.
 */
export interface PartDeflater {
  /** Adds one part to `zip`, deflated, and resolves once the entry is whole. */
  addPart(zip: Zip, filename: string, content: PartContent): Promise<void>;
}

/**
 * A text part's UTF-8 in batches of about TEXT_BATCH characters, encoded as
 * each batch fills; deflating them one after another gives the same bytes as
 * deflating the whole (neither zlib nor fflate flushes between pushes).
 */
export function* utf8Batches(pieces: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= TEXT_BATCH) {
      yield encoder.encode(batch);
      batch = '';
    }
  }
  if (batch) yield encoder.encode(batch);
}

/**
 * A zip package of `parts`, in their order, deflated by `deflater` and framed
 * by fflate's Zip.
 */
export async function zipParts(parts: Record<string, PartContent>, deflater: PartDeflater): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of Object.entries(parts)) await deflater.addPart(zip, filename, data);
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
