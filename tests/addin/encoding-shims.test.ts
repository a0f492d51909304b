import { TextDecoderStandIn, TextEncoderStandIn } from '../../addin/legacy/encoding-shims.js';

/** A seeded generator, so a failure names bytes that can be replayed. */
function generator(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** Mostly valid UTF-8 with malformed sequences mixed in: truncations, overlongs, surrogates, stray continuations. */
function mixedBytes(random: () => number, length: number): Uint8Array {
  const text = Array.from({ length }, () => {
    const r = random();
    if (r < 0.4) return String.fromCharCode(32 + Math.floor(random() * 95));
    if (r < 0.8) return String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000));
    return String.fromCodePoint(0x1f300 + Math.floor(random() * 500));
  }).join('');
  const bytes = Array.from(new TextEncoder().encode(text));
  for (let k = 0; k < length / 8; k++) {
    const at = Math.floor(random() * bytes.length);
    const junk = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xff], [0xf0, 0x9f]][Math.floor(random() * 7)];
    bytes.splice(at, 0, ...junk);
  }
  return new Uint8Array(bytes);
}

describe('TextDecoder stand-in for EdgeHTML 18', () => {
  it('decodes UTF-8 as the real decoder does, replacement characters included, on 300 mixed byte strings', () => {
    const random = generator(7);
    for (let n = 0; n < 300; n++) {
      const bytes = mixedBytes(random, 1 + Math.floor(random() * 200));
      expect([n, new TextDecoderStandIn('utf-8').decode(bytes)]).toEqual([n, new TextDecoder('utf-8').decode(bytes)]);
    }
  });

  it('throws with fatal exactly where the real decoder throws', () => {
    const random = generator(11);
    for (let n = 0; n < 200; n++) {
      const bytes = random() < 0.5 ? mixedBytes(random, 40) : new TextEncoder().encode(`工会${n}会员🌸`);
      let real: string | Error;
      try {
        real = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (e) {
        real = e as Error;
      }
      if (typeof real === 'string') expect(new TextDecoderStandIn('utf-8', { fatal: true }).decode(bytes)).toBe(real);
      else expect(() => new TextDecoderStandIn('utf-8', { fatal: true }).decode(bytes)).toThrow(TypeError);
    }
  });

  it('drops a BOM, decodes UTF-16 both ways and large inputs in pieces', () => {
    expect(new TextDecoderStandIn().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xbb, 0xa3]))).toBe('代');
    const le = new Uint8Array([0xff, 0xfe, 0xe3, 0x4e, 0x01, 0x78]);
    expect(new TextDecoderStandIn('utf-16le').decode(le)).toBe(new TextDecoder('utf-16le').decode(le));
    const be = new Uint8Array([0x4e, 0xe3, 0x78, 0x01]);
    expect(new TextDecoderStandIn('utf-16be').decode(be)).toBe('代码');
    const big = new TextEncoder().encode('建会率'.repeat(100_000));
    expect(new TextDecoderStandIn().decode(big)).toBe('建会率'.repeat(100_000));
    expect(new TextDecoderStandIn().decode(new DataView(big.buffer, 3, 3))).toBe('会');
  });

  it('refuses GBK and unknown labels as the real API refuses an unknown one', () => {
    expect(() => new TextDecoderStandIn('gbk')).toThrow(RangeError);
    expect(() => new TextDecoderStandIn('latin9')).toThrow(RangeError);
  });
});

describe('TextEncoder stand-in for EdgeHTML 18', () => {
  it('encodes as the real encoder does, lone surrogates included', () => {
    const random = generator(3);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 60 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
      expect([n, Array.from(new TextEncoderStandIn().encode(text))]).toEqual([n, Array.from(new TextEncoder().encode(text))]);
    }
    expect(Array.from(new TextEncoderStandIn().encode('工会🌸'))).toEqual(Array.from(new TextEncoder().encode('工会🌸')));
  });
});

describe('a GBK roster where the engine has no GBK decoder', () => {
  const real = globalThis.TextDecoder;
  afterEach(() => {
    globalThis.TextDecoder = real;
  });

  it('is reported with its own message, and a UTF-8 roster is still read', async () => {
    const { parseRosterFile } = await import('../../core/roster/parse-roster-file.js');
    const csv = '代码,名称,上级,类别\n330000,示例市总工会,,本级\n330101,东城区总工会,330000,县区\n';
    const gbk = new Uint8Array(Buffer.from([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]));
    globalThis.TextDecoder = TextDecoderStandIn as unknown as typeof TextDecoder;
    const refused = parseRosterFile(gbk, '名册.csv');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => [p.code, p.zh])).toEqual([['roster.gbk-unsupported', '这份 CSV 名册是 GBK 编码，当前浏览器不能读取这种编码。']]);
    const read = parseRosterFile(new TextEncoder().encode(csv), '名册.csv');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.ok && read.roster.units.map((u) => u.code)).toEqual(['330101']);
  });
});
