import { parseSpec } from '../../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { check } from '../../../core/rules/index.js';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';
import { buildExtracted, buildValid, cellOf } from '../../support/build-extracted.js';

/** The standard spec with its rules replaced. */
function specWithRules(rules: unknown[]): TemplateSpec {
  const result = parseSpec({ ...unionBasicV1, rules });
  if (!result.success) throw new Error(JSON.stringify(result.problems));
  return result.spec;
}

const formulaSpec = specWithRules([
  { id: 'members-twice', kind: 'formula', severity: 'hard', formula: 'A07 + A08 <= A05 * 0.9' },
  { id: 'employees-growth', kind: 'formula', severity: 'soft', formula: '变化(A04) <= 20%' },
  { id: 'funds-close', kind: 'formula', severity: 'hard', formula: 'C01 = sum(C02:C05)', tolerance: 0.05, columns: ['current'] },
]);
const byRule = (ruleId: string, extracted = buildValid({ spec: formulaSpec }), spec: TemplateSpec = formulaSpec) =>
  check(spec, extracted).issues.filter((i) => i.ruleId === ruleId);

describe('formula', () => {
  it('passes a valid sheet', () => {
    for (const id of ['members-twice', 'employees-growth', 'funds-close']) expect(byRule(id)).toEqual([]);
  });

  it('quotes the formula with the figures filled in, on the first code it names, on each failing column', () => {
    const issues = byRule('members-twice', buildExtracted({ spec: formulaSpec, current: { A05: 1000, A07: 600, A08: 350 }, prior: { A05: 100, A07: 10, A08: 10 } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'formula',
      severity: 'hard',
      indicator: 'A07',
      column: 'current',
      cell: cellOf('A07', 'current'),
      related: [cellOf('A08', 'current'), cellOf('A05', 'current')],
      values: { left: 950, right: 900, formula: 'A07 + A08 <= A05 * 0.9' },
    });
    expect(issues[0].message.zh).toBe('A07（600） + A08（350） <= A05（1000） * 0.9不成立（本年栏）。');
    expect(issues[0].message.en).toBe('A07 (600) + A08 (350) <= A05 (1000) * 0.9 does not hold (this year column).');
    expect(issues[0].hint.zh).toContain('A07、A08、A05');
  });

  it('checks 上年 as well unless told otherwise, and only 本年 when the formula reads 上年 itself', () => {
    const both = byRule('members-twice', buildExtracted({ spec: formulaSpec, current: { A05: 1000, A07: 600, A08: 350 }, prior: { A05: 1000, A07: 600, A08: 350 } }));
    expect(both.map((i) => i.column)).toEqual(['current', 'prior']);
    const growth = byRule('employees-growth', buildExtracted({ spec: formulaSpec, current: { A04: 1300 }, prior: { A04: 1000 } }));
    expect(growth).toHaveLength(1);
    expect(growth[0]).toMatchObject({ severity: 'soft', status: 'open', indicator: 'A04', column: 'current', related: [cellOf('A04', 'prior')] });
    expect(growth[0].message.zh).toBe('变化(A04)（30%） <= 20%不成立（本年栏）。');
  });

  it('a soft formula issue with a 说明 on its row is explained', () => {
    const [issue] = byRule('employees-growth', buildExtracted({ spec: formulaSpec, current: { A04: 1300 }, prior: { A04: 1000 }, notes: { A04: '新增园区' } }));
    expect(issue).toMatchObject({ status: 'explained', explanation: '新增园区' });
  });

  it('applies the tolerance and names it', () => {
    const sheet = (c01: number) => buildExtracted({ spec: formulaSpec, current: { C01: c01, C02: 10, C03: 10, C04: 10, C05: 10 } });
    expect(byRule('funds-close', sheet(40.05))).toEqual([]);
    const [issue] = byRule('funds-close', sheet(40.06));
    expect(issue.message.zh).toBe('C01（40.06） = sum(C02:C05)（40）不成立（本年栏，允许误差 0.05）。');
  });

  it('does not fire when a figure it needs is empty (that cell has its own issue)', () => {
    expect(byRule('members-twice', buildExtracted({ spec: formulaSpec, current: { A05: 1000, A07: 950, A08: null } }))).toEqual([]);
  });

  it('the schema refuses a formula that does not parse or names an unknown code, by path', () => {
    for (const formula of ['A07 + <= A05', 'A99 <= A05']) {
      const result = parseSpec({ ...unionBasicV1, rules: [{ id: 'x', kind: 'formula', severity: 'hard', formula }] });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.problems[0].path).toBe('rules[0].formula');
    }
    const prior = parseSpec({ ...unionBasicV1, rules: [{ id: 'x', kind: 'formula', severity: 'hard', formula: 'A04 <= 上年(A04)', columns: ['prior'] }] });
    expect(prior.success).toBe(false);
  });

  it('leaves the standard spec untouched (it has no formula rule)', () => {
    expect(standardSpec.rules.some((r) => r.kind === 'formula')).toBe(false);
  });
});
