import { parseSpec, specFingerprint } from '../../../core/spec/index.js';
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
