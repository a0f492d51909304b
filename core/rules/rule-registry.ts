import type { Issue } from '../issues/issue.js';
import type { RuleKind, RuleOf } from '../spec/template-spec.js';
import { checkCompare } from './kinds/compare.js';
import { checkFormula } from './kinds/formula.js';
import { checkDerivedConsistency } from './kinds/derived-consistency.js';
import { checkHeader } from './kinds/header.js';
import { checkHistorical } from './kinds/historical.js';
import { checkMaxDecimals } from './kinds/max-decimals.js';
import { checkPriorMatchesLastYear } from './kinds/prior-matches-last-year.js';
import { checkRange } from './kinds/range.js';
import { checkRequiredValue } from './kinds/required-value.js';
import { checkSumOfParts } from './kinds/sum-of-parts.js';
import { checkWholeNumber } from './kinds/whole-number.js';
import type { RuleInput } from './rule-input.js';

export type RuleCheck<K extends RuleKind> = (rule: RuleOf<K>, input: RuleInput) => Issue[];

/**
 * One module per rule kind. The mapped type makes a kind added to the spec's
 * zod union without a module here a type error.
 */
export const ruleChecks: { readonly [K in RuleKind]: RuleCheck<K> } = {
  compare: checkCompare,
  'sum-of-parts': checkSumOfParts,
  'derived-consistency': checkDerivedConsistency,
  range: checkRange,
  'whole-number': checkWholeNumber,
  'max-decimals': checkMaxDecimals,
  historical: checkHistorical,
  'prior-matches-last-year': checkPriorMatchesLastYear,
  'required-value': checkRequiredValue,
  header: checkHeader,
  formula: checkFormula,
};

/** Runs one rule through its kind's module. */
export function runRule<K extends RuleKind>(rule: RuleOf<K>, input: RuleInput): Issue[] {
  // TypeScript cannot correlate rule.kind with the registry entry's parameter; the mapped type guarantees it.
  const check = ruleChecks[rule.kind as K] as RuleCheck<K>;
  return check(rule, input);
}
