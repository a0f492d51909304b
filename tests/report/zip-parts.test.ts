import { strFromU8, strToU8, unzipSync } from 'fflate';
import { fflateDeflater } from '../../report/fflate-deflater.js';
import { zipParts } from '../../report/zip-parts.js';
import { nodeDeflater } from '../../pipeline/write/node-deflater.js';

/** CRC-32 (IEEE), bit by bit: an independent reference for the checksums in the archive. */
function referenceCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Name, CRC, compressed and uncompressed size of each central-directory entry. */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; method: number; size: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

// The same package parts whichever deflater the shell injects: node:zlib (the CLI) or fflate (the browser).
// zlib does not flush between writes, so a part's pieces deflate to the bytes of its whole; fflate's blocks follow
// its pushes, so only what the package holds is the same.
describe.each([
  ['node:zlib', nodeDeflater, true],
  ['fflate', fflateDeflater, false],
] as const)('zipParts with %s', (_name, deflater, sameBytesFromPieces) => {
  const big = strToU8('<w:tr><w:tc><w:t>第1县总工会</w:t></w:tc></w:tr>'.repeat(5_000));
  const parts = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': big,
    'word/empty.xml': new Uint8Array(0),
    'docProps/核心.xml': strToU8('<core>河东区</core>'),
  };

  test('every part comes back whole, in the order given, deflated', async () => {
    const zip = await zipParts(parts, deflater);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(parts));
    for (const [name, data] of Object.entries(parts)) expect(Buffer.from(back[name]).equals(data)).toBe(true);
    expect(zip.length).toBeLessThan(big.length / 20);
  });

  test('the central directory records the right CRC-32, size and deflate for each part', async () => {
    const entries = centralDirectory(await zipParts(parts, deflater));
    expect(entries.map((e) => e.name)).toEqual(Object.keys(parts));
    for (const e of entries) {
      const data = parts[e.name as keyof typeof parts];
      expect(e).toEqual({ name: e.name, method: 8, crc: referenceCrc32(data), size: data.length });
    }
  });

  test('a part given as text pieces: the same package as its UTF-8 bytes whole (byte for byte with zlib)', async () => {
    // Pieces of every size, split inside multi-byte characters' strings and across the encoder's batches.
    const text = strFromU8(big) + '尾'.repeat(300_000);
    const pieces: string[] = [];
    for (let at = 0, n = 1; at < text.length; at += n, n = (n * 7) % 5_003 + 1) pieces.push(text.slice(at, at + n));
    const asBytes = await zipParts({ ...parts, 'word/document.xml': strToU8(text) }, deflater);
    const asPieces = await zipParts({ ...parts, 'word/document.xml': pieces }, deflater);
    if (sameBytesFromPieces) expect(Buffer.from(asPieces).equals(Buffer.from(asBytes))).toBe(true);
    else expect(unzipSync(asPieces)).toEqual(unzipSync(asBytes));
    expect(strFromU8(unzipSync(asPieces)['word/document.xml'])).toBe(text);
    const empty = unzipSync(await zipParts({ 'a.xml': [], 'b.xml': ['', ''] }, deflater));
    expect([empty['a.xml'].length, empty['b.xml'].length]).toEqual([0, 0]);
  });

  test('a text part whose pieces fail: the zip fails with that error, and nothing is left unhandled', async () => {
    function* failing(): Generator<string> {
      yield 'x'.repeat(300_000);
      throw new Error('a row of 1 cells for 2 columns');
    }
    await expect(zipParts({ 'word/document.xml': failing() }, deflater)).rejects.toThrow('a row of 1 cells for 2 columns');
    // An unhandled rejection would fail this test file when it is reported, a turn of the event loop later.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
