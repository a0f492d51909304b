import { makeIssue } from '../../../core/issues/make-issue.js';
import { check, finishCheck, startCheck, waitsForCollection } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { buildValid, VALID_PRIOR } from '../../support/build-extracted.js';

/**
 * A merge checks each file where it is read (startCheck) and finishes once the
 * collection is decided from all of them (finishCheck). The two stages must
 * say exactly what `check` says, in the same order, after the pending check
 * has crossed a thread (a structured clone).
 */
const annual = { year: 2024, period: 'annual' as const };
const half = { year: 2023, period: 'half' as const };
const rosterCodes = new Set(['320102', '320104']);
const lastYear = { values: { ...VALID_PRIOR, A01: 1 }, source: '玄武区2023年报.xlsx' };

const variants = {
  valid: buildValid(),
  // Year and period off the collection, beside a blank phone and unit code on the same header rows, and table issues.
  'header and table': buildValid({
    header: { year: 2023, period: 'half', phone: '', unitCode: '999999' },
    current: { A02: 1300, C01: 1234.58, A09: 100 },
    notes: { A09: '当年集中新建非公企业工会' },
    issues: [makeIssue({ code: 'compare', severity: 'soft', sheet: 'x', cell: 'E3', values: {} })],
  }),
  'no year': buildValid({ header: { year: null, period: null } }),
};

describe('startCheck + finishCheck', () => {
  it.each(Object.entries(variants))('equal check for %s, with each collection and none', (_name, extracted) => {
    for (const collection of [undefined, annual, half]) {
      const context = { rosterCodes, lastYear, collection };
      const pending = structuredClone(startCheck(standardSpec, extracted, context));
      expect(finishCheck(standardSpec, pending, collection)).toEqual(check(standardSpec, extracted, context));
    }
  });

  it('the header and table case does raise collection issues among others on the same rows', () => {
    const { issues } = finishCheck(standardSpec, startCheck(standardSpec, variants['header and table'], { rosterCodes }), annual);
    expect(issues.filter((i) => i.code === 'header.matches-collection').map((i) => i.cell)).toEqual(['B3', 'E3']);
    expect(issues.filter((i) => i.code !== 'header.matches-collection').length).toBeGreaterThan(3);
  });

  it('leaves only the collection rules to the second stage, and keeps the header, not the table', () => {
    const pending = startCheck(standardSpec, variants.valid, {});
    const waiting = standardSpec.rules.filter((_rule, i) => pending.found[i + 1] === null);
    expect(waiting.map((r) => r.id)).toEqual(standardSpec.rules.filter(waitsForCollection).map((r) => r.id));
    expect(waiting.length).toBe(2);
    expect(Object.keys(pending.header).sort()).toEqual(['header', 'period', 'sheet', 'year']);
    expect(JSON.stringify(pending).length).toBeLessThan(JSON.stringify(variants.valid).length / 2);
  });
});
