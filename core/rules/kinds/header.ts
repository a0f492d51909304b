import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import type { RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/** The header's value read for the collection check, with its display text. */
function collectionPair(rule: RuleOf<'header'>, input: RuleInput): { found: string; expected: string; foundEn: string; expectedEn: string } | undefined {
  const { extracted, context, plan } = input;
  const collection = context.collection;
  if (!collection) return undefined;
  if (rule.field === 'year') {
    if (extracted.year === undefined || extracted.year === collection.year) return undefined;
    return { found: String(extracted.year), expected: String(collection.year), foundEn: String(extracted.year), expectedEn: String(collection.year) };
  }
  if (rule.field === 'period') {
    if (extracted.period === undefined || extracted.period === collection.period) return undefined;
    const found = plan.periodLabels.get(extracted.period);
    const expected = plan.periodLabels.get(collection.period);
    return {
      found: found?.zh ?? extracted.period,
      foundEn: found?.en ?? extracted.period,
      expected: expected?.zh ?? collection.period,
      expectedEn: expected?.en ?? collection.period,
    };
  }
  // Other header fields have nothing in the collection to match.
  return undefined;
}

/**
 * Header fields: filled in ('required'), year and period matching the
 * collection under way ('matches-collection'), the unit code known to the
 * roster ('in-roster'). Without the context a check needs, it is skipped.
 */
export function checkHeader(rule: RuleOf<'header'>, input: RuleInput): Issue[] {
  const { extracted, context, plan } = input;
  const field = extracted.header[rule.field];
  const label = plan.headerLabels.get(rule.field);
  const names = { fieldName: label?.zh ?? rule.field, fieldNameEn: label?.en ?? rule.field, field: rule.field };
  const at = { column: 'header' as const, cell: field?.cell ?? field?.labelCell };
  switch (rule.check) {
    case 'required':
      if (field && field.text !== null && field.text !== '') return [];
      return [ruleIssue(rule, input, { ...at, code: 'header.required', values: names })];
    case 'matches-collection': {
      const pair = collectionPair(rule, input);
      if (!pair) return [];
      return [ruleIssue(rule, input, { ...at, code: 'header.matches-collection', values: { ...names, ...pair } })];
    }
    case 'in-roster': {
      const unitCode = extracted.unitCode;
      if (!context.rosterCodes || unitCode === undefined || context.rosterCodes.has(unitCode)) return [];
      const codeField = extracted.header.unitCode;
      return [
        ruleIssue(rule, input, {
          column: 'header',
          cell: codeField?.cell ?? codeField?.labelCell,
          code: 'header.in-roster',
          values: { ...names, unitCode, rosterSize: context.rosterCodes.size },
        }),
      ];
    }
  }
}
