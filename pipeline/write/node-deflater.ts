import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import type { ZipInputFile } from 'fflate';
import { DEFLATE_LEVEL } from '../../report/fflate-deflater.js';
import { utf8Batches, type PartDeflater } from '../../report/zip-parts.js';

interface Deflated {
  size: number;
  crc: number;
  chunks: Uint8Array<ArrayBuffer>[];
}

/*
 * zlib's fast strategy (levels 1-3): on the 20 MB document.xml of the 3,000-unit
 * bench merge, level 3 took 21 ms for 185 KB and level 6 95 ms for 183 KB (on
 * a synthetic one with less repetition, 282 KB against 195 KB).
 */

/** Deflates text pieces as they come: the same bytes as deflating their UTF-8 whole (zlib does not flush between writes). */
async function deflateText(pieces: Iterable<string>): Promise<Deflated> {
  const deflate = createDeflateRaw({ level: DEFLATE_LEVEL });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  deflate.on('data', (chunk: Buffer<ArrayBuffer>) => chunks.push(chunk));
  const ended = once(deflate, 'end');
  // Awaited below, unless a piece or a write fails first: then its rejection must not go unhandled.
  ended.catch(() => undefined);
  let size = 0;
  let crc = 0;
  try {
    for (const bytes of utf8Batches(pieces)) {
      size += bytes.length;
      crc = crc32(bytes, crc);
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await ended;
  } finally {
    // A piece that throws (a row that does not fit its prototype) leaves the stream open: close it.
    if (!deflate.writableFinished) deflate.destroy();
  }
  return { size, crc, chunks };
}

/**
 * Parts deflated by Node's zlib, the CLI's deflater. Why not fflate's: its
 * JavaScript deflate and CRC took ~0.4 s on the ~20 MB document.xml of a
 * national summary.docx.
 */
export const nodeDeflater: PartDeflater = {
  async addPart(zip, filename, content) {
    const deflated: Deflated =
      content instanceof Uint8Array
        ? { size: content.length, crc: crc32(content), chunks: [deflateRawSync(content, { level: DEFLATE_LEVEL })] }
        : await deflateText(content);
    const entry: ZipInputFile = { filename, size: deflated.size, crc: deflated.crc, compression: 8 };
    zip.add(entry);
    // zlib always ends a stream with at least its final block (2 bytes for no input): there is a last chunk.
    deflated.chunks.forEach((chunk, i) => entry.ondata!(null, chunk, i === deflated.chunks.length - 1));
  },
};
