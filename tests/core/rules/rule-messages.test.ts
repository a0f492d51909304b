import { messageCatalog } from '../../../core/messages/catalog.js';
import { ruleMessages } from '../../../core/messages/rule-messages.js';
import type { Issue } from '../../../core/issues/issue.js';
import { check, ruleChecks } from '../../../core/rules/index.js';
import { Rule } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';
import { buildValid, VALID_PRIOR } from '../../support/build-extracted.js';

/** Submissions that between them break every rule kind of the standard spec. */
function faultyIssues(): Issue[] {
  const context = {
    collection: { year: 2024, period: 'half' as const },
    rosterCodes: new Set(['000000']),
    lastYear: { values: { ...VALID_PRIOR, A01: 1 }, source: 'last.xlsx' },
  };
  const sheets = [
    buildValid({
      current: { A02: 1300, C01: 2000, A04: 1.5, B03: 101, C10: -5, C06: 1.234, A05: null, A03: 93, B11: 12 },
      header: { year: 2023, phone: null },
    }),
    buildValid({ current: { A01: 0, A02: 0, A03: 5, B01: 0, B02: 0, B08: 0, B10: 0 }, header: { unitCode: null } }),
  ];
  return sheets.flatMap((s) => check(standardSpec, s, context).issues);
}

describe('rule messages', () => {
  const issues = faultyIssues();
  // A consequence listed under the issue that causes it is emitted all the same.
  const emitted = new Set(issues.flatMap((i) => [i.code, ...(i.consequences ?? []).map((c) => c.code)]));

  it('has a catalog entry for every code the rules emit, and every entry is emitted by some rule', () => {
    for (const code of emitted) expect(messageCatalog[code]).toBeDefined();
    expect([...emitted].sort()).toEqual(Object.keys(ruleMessages).sort());
  });

  it('fills every placeholder, in Chinese and English', () => {
    for (const issue of issues) {
      for (const text of [issue.message.zh, issue.message.en, issue.hint.zh, issue.hint.en]) {
        expect(text).not.toMatch(/\{[A-Za-z0-9_.]+\}/);
        expect(text).not.toContain('undefined');
      }
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the indicator code in every message about an indicator', () => {
    for (const issue of issues.filter((i) => i.indicator)) expect(issue.message.zh).toContain(issue.indicator);
  });
});

describe('rule registry', () => {
  it('has a module for every rule kind of the spec schema', () => {
    const kinds = Rule.options.map((o) => o.shape.kind.value);
    expect(Object.keys(ruleChecks).sort()).toEqual([...kinds].sort());
  });
});
