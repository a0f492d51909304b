import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import { sha256Hex } from '../../../addin/page/summary/sha256.js';
import { sha256Hex as plainSha256Hex } from '../../../core/hash/sha256.js';

describe('the page’s SHA-256', () => {
  it('gives the same hex through SubtleCrypto (when present) as core’s plain code and node:crypto', async () => {
    const data = new TextEncoder().encode('示例市总工会');
    const expected = createHash('sha256').update(data).digest('hex');
    expect(await sha256Hex(data)).toBe(expected);
    expect(plainSha256Hex(data)).toBe(expected);
  });

  it('falls back to core’s plain code where SubtleCrypto refuses', async () => {
    const data = new Uint8Array(1000).map((_, i) => i & 0xff);
    const subtle = globalThis.crypto.subtle;
    const digest = jest.spyOn(subtle, 'digest').mockRejectedValue(new Error('refused in an opaque origin'));
    try {
      expect(await sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
      expect(digest).toHaveBeenCalled();
    } finally {
      digest.mockRestore();
    }
  });
});
