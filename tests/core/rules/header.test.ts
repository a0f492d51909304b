import type { CheckContext } from '../../../core/rules/index.js';
import { check } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import type { Extracted } from '../../../core/grid/extracted.js';
import { buildValid } from '../../support/build-extracted.js';

const headerIssues = (extracted: Extracted, context?: CheckContext) =>
  check(standardSpec, extracted, context).issues.filter((i) => i.column === 'header');

const collection = { year: 2024, period: 'annual' as const };

describe('header', () => {
  it('passes a complete header, with or without context', () => {
    expect(headerIssues(buildValid())).toEqual([]);
    expect(headerIssues(buildValid(), { collection, rosterCodes: new Set(['320102']) })).toEqual([]);
  });

  describe('required', () => {
    it('flags a blank required field on its value cell, hard or soft as the rule says', () => {
      const issues = headerIssues(buildValid({ header: { unitCode: null, phone: '' } }));
      expect(issues.map((i) => [i.ruleId, i.code, i.severity, i.cell])).toEqual([
        ['header-unit-code', 'header.required', 'hard', 'E2'],
        ['header-phone', 'header.required', 'soft', 'E4'],
      ]);
      expect(issues[0].message.zh).toBe('表头“单位代码”未填写。');
      expect(issues[0].values).toMatchObject({ fieldName: '单位代码', fieldNameEn: 'Unit code' });
    });

    it('flags a field missing from the sheet without a cell', () => {
      const [issue] = headerIssues(buildValid({ omitHeader: ['year'] }));
      expect(issue).toMatchObject({ ruleId: 'header-year', code: 'header.required', severity: 'hard' });
      expect(issue.cell).toBeUndefined();
    });

    it('does not ask for optional fields', () => {
      expect(headerIssues(buildValid({ header: { head: null, date: null } }))).toEqual([]);
    });
  });

  describe('matches-collection', () => {
    it('is skipped without a collection', () => {
      expect(headerIssues(buildValid({ header: { year: 2023, period: 'half' } }))).toEqual([]);
    });

    it('flags a year or period other than the collection’s', () => {
      const issues = headerIssues(buildValid({ header: { year: 2023, period: 'half' } }), { collection });
      expect(issues.map((i) => [i.ruleId, i.cell, i.values.found, i.values.expected])).toEqual([
        ['header-year-collection', 'B3', '2023', '2024'],
        ['header-period-collection', 'E3', '上半年', '年报'],
      ]);
      expect(issues[1].message.zh).toBe('表头“统计期”为 上半年，与本次收集的 年报 不一致。');
      expect(issues[1].message.en).toContain('First half');
    });

    it('leaves a missing year to the required check', () => {
      const issues = headerIssues(buildValid({ header: { year: null } }), { collection });
      expect(issues.map((i) => i.ruleId)).toEqual(['header-year']);
    });
  });

  describe('in-roster', () => {
    it('is skipped without a roster', () => {
      expect(headerIssues(buildValid({ header: { unitCode: '999999' } }), { collection })).toEqual([]);
    });

    it('flags a unit code the roster lacks, on the code cell', () => {
      const [issue, ...rest] = headerIssues(buildValid({ header: { unitCode: '320199' } }), { rosterCodes: new Set(['320102', '320104']) });
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ ruleId: 'header-unit-code-roster', code: 'header.in-roster', severity: 'hard', cell: 'E2', values: { unitCode: '320199' } });
      expect(issue.message.zh).toBe('单位代码 320199 不在名册中。');
    });

    it('leaves a missing unit code to the required check', () => {
      const issues = headerIssues(buildValid({ header: { unitCode: null } }), { rosterCodes: new Set(['320102']) });
      expect(issues.map((i) => i.ruleId)).toEqual(['header-unit-code']);
    });
  });
});
