import { ZipDeflate } from 'fflate';
import { utf8Batches, type PartDeflater } from './zip-parts.js';

/** The deflate level of every package part; node-deflater uses the same (zlib's fast strategy). */
export const DEFLATE_LEVEL = 3;

/**
 * Parts deflated by fflate (JavaScript, runs anywhere): the browser's
 * deflater, and the default of the builders. fflate computes each entry's
 * CRC-32 and sizes itself.
 */
export const fflateDeflater: PartDeflater = {
  async addPart(zip, filename, content) {
    const entry = new ZipDeflate(filename, { level: DEFLATE_LEVEL });
    zip.add(entry);
    if (content instanceof Uint8Array) {
      entry.push(content, true);
      return;
    }
    for (const bytes of utf8Batches(content)) entry.push(bytes, false);
    entry.push(new Uint8Array(0), true);
  },
};
