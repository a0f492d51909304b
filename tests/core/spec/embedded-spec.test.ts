import { deflateSync, strToU8 } from 'fflate';
import { decodeEmbeddedSpec } from '../../../core/spec/decode-embedded-spec.js';
import { embeddedSpecRows } from '../../../core/spec/embed-spec.js';
import { EMBEDDED_SPEC_PART_CHARS, MAX_EMBEDDED_SPEC_BYTES, type EmbeddedSpecCells } from '../../../core/spec/embedded-spec-format.js';
import { base64Decode, base64Encode } from '../../../core/spec/spec-base64.js';
import { canonicalJson, fnv1a64Hex, specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import { parseSpec } from '../../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';

/** The rows as readMeta gathers them. */
function cellsOf(rows: [string, string][]): EmbeddedSpecCells {
  const map = new Map(rows);
  const parts: string[] = [];
  for (let i = 1; map.has(`spec.${i}`); i++) parts.push(map.get(`spec.${i}`)!);
  return { format: map.get('spec.format')!, size: map.get('spec.size')!, parts };
}

const claims = (spec: TemplateSpec) => ({ templateId: spec.id, version: spec.version, fingerprint: specFingerprint(spec) });

/** A spec with many long indicators: its deflated base64 needs more than one cell. */
function bigSpec(): TemplateSpec {
  const indicators = [...standardSpec.indicators];
  for (let i = 0; indicators.length < 900; i++) {
    const code = `${String.fromCharCode(68 + Math.floor(i / 99))}${String(1 + (i % 99)).padStart(2, '0')}`;
    const help = Array.from({ length: 12 }, (_, k) => `${code}第${k}条说明${(i * 7919 + k * 104729) % 100003}`).join('，');
    indicators.push({ code, section: 'C', name: { zh: `自定义指标${code}`, en: `Custom ${code}` }, unit: { zh: '个', en: 'items' }, kind: 'count', decimals: 0, help: { zh: help, en: help } });
  }
  const parsed = parseSpec({ ...standardSpec, id: 'big-city', indicators });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.spec;
}

describe('base64', () => {
  it('round-trips every length and refuses what is not strict base64', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      const text = base64Encode(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64Decode(text)).toEqual(bytes);
    }
    for (const bad of ['abc', 'ab=c', 'a=bc', '====', 'ab c', 'abc\u00e9', 'ab==abcd']) expect(base64Decode(bad)).toBeUndefined();
  });
});

describe('the spec a template carries', () => {
  it('round-trips the standard spec in one cell, and decodes to an equal spec with the same fingerprint', () => {
    const rows = embeddedSpecRows(standardSpec);
    expect(rows.map(([k]) => k)).toEqual(['spec.format', 'spec.size', 'spec.1']);
    expect(Number(rows[1][1])).toBe(strToU8(canonicalJson(standardSpec)).length);
    const decoded = decodeEmbeddedSpec(cellsOf(rows), claims(standardSpec));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.spec).toEqual(standardSpec);
    expect(specFingerprint(decoded.spec)).toBe(specFingerprint(standardSpec));
  });

  it('splits a large spec over cells under Excel’s limit, of about equal length, and joins them back', () => {
    const spec = bigSpec();
    const rows = embeddedSpecRows(spec);
    const parts = rows.filter(([k]) => /^spec\.\d+$/.test(k)).map(([, v]) => v);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(EMBEDDED_SPEC_PART_CHARS);
      expect(p.length).toBeGreaterThan(EMBEDDED_SPEC_PART_CHARS / 2);
    }
    const decoded = decodeEmbeddedSpec(cellsOf(rows), claims(spec));
    expect(decoded.ok && decoded.spec).toEqual(spec);
  });

  it('refuses a spec whose text was changed, even by one character, as tampered', () => {
    const cells = cellsOf(embeddedSpecRows(standardSpec));
    // Another valid spec's bytes under the standard spec's fingerprint.
    const other = { ...standardSpec, rules: standardSpec.rules.map((r) => (r.kind === 'historical' ? { ...r, maxChangePercent: 20 } : r)) };
    const bytes = strToU8(canonicalJson(other));
    const forged: EmbeddedSpecCells = { format: cells.format, size: String(bytes.length), parts: [base64Encode(deflateSync(bytes))] };
    expect(decodeEmbeddedSpec(forged, claims(standardSpec))).toEqual({ ok: false, fault: 'tampered' });
    // The fingerprint row edited instead.
    expect(decodeEmbeddedSpec(cells, { ...claims(standardSpec), fingerprint: '0123456789abcdef' })).toEqual({ ok: false, fault: 'tampered' });
    // The version row edited: the spec inside is version 1.
    expect(decodeEmbeddedSpec(cells, { ...claims(standardSpec), version: 2 })).toEqual({ ok: false, fault: 'tampered' });
  });

  it('refuses garbled parts, a wrong size, a missing part and an unknown format, never half decoding', () => {
    const cells = cellsOf(embeddedSpecRows(standardSpec));
    const part = cells.parts[0];
    const flipped = part.slice(0, 100) + (part[100] === 'A' ? 'B' : 'A') + part.slice(101);
    const cases: EmbeddedSpecCells[] = [
      { ...cells, parts: [flipped] },
      { ...cells, parts: [part.slice(0, part.length - 4)] },
      { ...cells, parts: [part + '!'] },
      { ...cells, parts: [] },
      { ...cells, size: String(Number(cells.size) - 1) },
      { ...cells, size: String(Number(cells.size) + 1) },
      { ...cells, size: '12a' },
      { ...cells, format: 'gzip-base64-1' },
    ];
    for (const c of cases) {
      const decoded = decodeEmbeddedSpec(c, claims(standardSpec));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(['garbled', 'tampered']).toContain(decoded.fault);
    }
    expect(decodeEmbeddedSpec({ ...cells, parts: [part.slice(0, part.length - 4)] }, claims(standardSpec))).toEqual({ ok: false, fault: 'garbled' });
  });

  it('refuses a declared size over the limit before inflating, and a bomb that inflates past what it declares', () => {
    const big = decodeEmbeddedSpec({ format: 'deflate-base64-1', size: String(MAX_EMBEDDED_SPEC_BYTES + 1), parts: ['AAAA'] }, claims(standardSpec));
    expect(big).toEqual({ ok: false, fault: 'too-large', size: MAX_EMBEDDED_SPEC_BYTES + 1 });
    // 100 MB of zeros deflate to ~100 KB; declared as 1000 bytes it is refused without inflating it all.
    const bomb = base64Encode(deflateSync(new Uint8Array(1000 * 1000)));
    expect(decodeEmbeddedSpec({ format: 'deflate-base64-1', size: '1000', parts: [bomb] }, claims(standardSpec))).toEqual({ ok: false, fault: 'garbled' });
    const small = base64Encode(deflateSync(new Uint8Array(5000)));
    expect(decodeEmbeddedSpec({ format: 'deflate-base64-1', size: '1000', parts: [small] }, claims(standardSpec))).toEqual({ ok: false, fault: 'garbled' });
  });

  it('refuses as unsupported an intact spec this program cannot read whole (a newer format)', () => {
    const newer = { ...JSON.parse(canonicalJson(standardSpec)), tables: [{ id: 't2' }] };
    const text = canonicalJson(newer);
    const bytes = strToU8(text);
    const cells: EmbeddedSpecCells = { format: 'deflate-base64-1', size: String(bytes.length), parts: [base64Encode(deflateSync(bytes))] };
    expect(decodeEmbeddedSpec(cells, { templateId: standardSpec.id, version: 1, fingerprint: fnv1a64Hex(text) })).toEqual({ ok: false, fault: 'unsupported' });
  });
});
