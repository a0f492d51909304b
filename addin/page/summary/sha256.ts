import { sha256Hex as plainSha256Hex } from '../../../core/hash/sha256.js';

/**
 * SHA-256 of the bytes, lower-case hex, as run.json records each input.
 * SubtleCrypto where the page has it (a secure context: file:// is one in
 * Chrome and Firefox); otherwise core's plain implementation.
 */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (subtle) {
    try {
      const digest = new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
      let out = '';
      for (let i = 0; i < digest.length; i++) out += (digest[i] < 16 ? '0' : '') + digest[i].toString(16);
      return out;
    } catch {
      // Some engines refuse in an opaque origin; the plain one gives the same hash.
    }
  }
  return plainSha256Hex(data);
}
