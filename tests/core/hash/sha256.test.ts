import { createHash } from 'node:crypto';
import { sha256, sha256Hex } from '../../../core/hash/sha256.js';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('core SHA-256', () => {
  // The FIPS 180-2 / NIST example vectors, written out here rather than computed.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes %j to its published digest', (text, digest) => {
    expect(sha256Hex(ascii(text))).toBe(digest);
  });

  it('hashes a million "a" to its published digest', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('equals node:crypto at every padding boundary, on UTF-8 text and on a subarray of a larger buffer', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_001]) {
      const data = new Uint8Array(n).map((_, i) => (i * 131 + n) & 0xff);
      expect([n, sha256Hex(data)]).toEqual([n, createHash('sha256').update(data).digest('hex')]);
    }
    const chinese = ascii('示例市总工会2025年报');
    expect(Buffer.from(sha256(chinese)).toString('hex')).toBe(createHash('sha256').update(chinese).digest('hex'));
    const within = new Uint8Array(300).map((_, i) => i & 0xff).subarray(17, 217);
    expect(sha256Hex(within)).toBe(createHash('sha256').update(within).digest('hex'));
  });
});
