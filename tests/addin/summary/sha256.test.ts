import { createHash } from 'node:crypto';
import { sha256, sha256Hex } from '../../../addin/page/summary/sha256.js';

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('the page’s SHA-256', () => {
  it('equals node:crypto’s at every padding boundary and on a larger input', () => {
    const lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_001];
    for (const n of lengths) {
      const data = new Uint8Array(n).map((_, i) => (i * 131 + n) & 0xff);
      expect(hexOf(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('gives the same hex through SubtleCrypto (when present) as the plain code', async () => {
    const data = new TextEncoder().encode('示例市总工会');
    expect(await sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
