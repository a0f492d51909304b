import { fnv1a64Hex, parseSpec, specFingerprint } from '../../../core/spec/index.js';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseSpec', () => {
  it('accepts the standard template v1 with its 30 indicators', () => {
    const result = parseSpec(unionBasicV1);
    expect(result.success).toBe(true);
    expect(standardSpec.indicators.map((i) => i.code)).toEqual([
      'A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09',
      'B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11',
      'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10',
    ]);
  });

  it('refuses a typo in a rule and names its path', () => {
    const spec = clone(unionBasicV1) as { rules: { left?: string[] }[] };
    spec.rules[0].left = ['A2'];
    const result = parseSpec(spec);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems).toContainEqual({ path: 'rules[0].left[0]', message: 'indicator code must look like A01' });
  });

  it('refuses a reference to an unknown indicator and an unknown rule kind', () => {
    const spec = clone(unionBasicV1) as { rules: Record<string, unknown>[]; indicators: Record<string, unknown>[] };
    spec.indicators[2].derive = { numerator: 'A02', denominator: 'Z99', factor: 100 };
    spec.rules.push({ id: 'x', kind: 'compair', severity: 'hard' });
    const result = parseSpec(spec);
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain(`rules[${spec.rules.length - 1}].kind`);
    const missing = parseSpec({ ...spec, rules: spec.rules.slice(0, -1) });
    expect(missing.success).toBe(false);
    if (missing.success) return;
    expect(missing.problems).toContainEqual({ path: 'indicators[2].derive.denominator', message: 'unknown indicator code Z99' });
  });

  it('refuses a rate without its derivation', () => {
    const spec = clone(unionBasicV1) as { indicators: Record<string, unknown>[] };
    delete spec.indicators[2].derive;
    const result = parseSpec(spec);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems[0].path).toBe('indicators[2].derive');
  });

  it('fingerprints a spec stably and notices a change', () => {
    const again = parseSpec(clone(unionBasicV1));
    if (!again.success) throw new Error('spec should parse');
    expect(specFingerprint(again.spec)).toBe(specFingerprint(standardSpec));
    const changed = clone(unionBasicV1) as { indicators: { name: { zh: string } }[] };
    changed.indicators[0].name.zh = '应建会单位总数';
    const parsed = parseSpec(changed);
    if (!parsed.success) throw new Error('spec should parse');
    expect(specFingerprint(parsed.spec)).not.toBe(specFingerprint(standardSpec));
  });

  it('keeps the fingerprint of the standard spec that templates already carry in _meta', () => {
    // Computed by the original BigInt FNV-1a 64; a template made before the ES5 rewrite must still match.
    expect(specFingerprint(standardSpec)).toBe('3da311d6b707e228');
  });
});

/** The textbook FNV-1a 64 in BigInt (Node has it; the add-in's webviews do not). */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64Hex', () => {
  it('matches the published FNV-1a 64 vectors', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });

  it('matches the BigInt computation on ASCII, Chinese, surrogate and random text', () => {
    const texts = ['工会统计助手', '\u{1F600}x', JSON.stringify(standardSpec), '\uffff\u0000\u00ff'];
    let seed = 12345;
    for (let n = 0; n < 300; n++) {
      let t = '';
      const len = n % 40;
      for (let i = 0; i < len; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        t += String.fromCharCode(seed >>> 16);
      }
      texts.push(t);
    }
    for (const t of texts) expect(fnv1a64Hex(t)).toBe(referenceFnv1a64(t));
  });
});
