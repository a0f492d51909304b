import type { Issue } from '../../issues/issue.js';
import type { Indicator, RuleOf, ValueColumn } from '../../spec/template-spec.js';
import { decimalsShown, roundTo } from '../decimals.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { valueOf, selectedBy, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import { valueCell } from '../value-cell.js';

/** Names of the numerator and denominator for the message placeholders. */
function partNames(input: RuleInput, ind: Indicator): Record<string, string> {
  const { numerator, denominator } = ind.derive!;
  const num = input.plan.indicators.get(numerator);
  const den = input.plan.indicators.get(denominator);
  return {
    numeratorName: num?.name.zh ?? numerator,
    numeratorNameEn: num?.name.en ?? numerator,
    numeratorCode: numerator,
    denominatorName: den?.name.zh ?? denominator,
    denominatorNameEn: den?.name.en ?? denominator,
    denominatorCode: denominator,
  };
}

function checkOne(rule: RuleOf<'derived-consistency'>, input: RuleInput, ind: Indicator, column: ValueColumn): Issue | undefined {
  const derive = ind.derive;
  const reading = input.extracted.rows[ind.code]?.[column]?.reading;
  // Only a typed number is checked: an empty rate is recomputed, and a none marker or an unreadable cell has its own note.
  if (!derive || reading?.state !== 'number') return undefined;
  const typed = reading.value;
  const num = valueOf(input, derive.numerator, column);
  const den = valueOf(input, derive.denominator, column);
  // Names and cells are gathered only for an issue: this runs on every edit in the add-in.
  const related = () => [valueCell(input.extracted, derive.numerator, column), valueCell(input.extracted, derive.denominator, column)];
  const base = () => ({ ...indicatorNames(ind), ...partNames(input, ind), ...columnNames(column), typed, factor: derive.factor });
  if (den === 0) {
    // The rate is undefined, not 0: the cell should stay empty. Soft whatever the rule says: nothing is miscounted.
    return ruleIssue(rule, input, {
      code: 'derived-consistency.zero-denominator',
      severity: 'soft',
      indicator: ind.code,
      column,
      related: related(),
      values: { ...base(), numerator: num, denominator: 0 },
    });
  }
  if (num === null || den === null) return undefined;
  const exact = (num / den) * derive.factor;
  // Agreement "to its rounding": 92 and 92.3 both agree with 92.34, since each is 92.34 rounded to the decimals it shows.
  const tolerance = 0.5 * 10 ** -decimalsShown(typed, ind.decimals);
  if (Math.abs(typed - exact) <= tolerance + FLOAT_SLACK) return undefined;
  // A formula's stale result was not typed by anyone: its words say to recalculate, not to retype.
  const formula = input.extracted.rows[ind.code]?.[column]?.formula !== undefined;
  return ruleIssue(rule, input, {
    code: formula ? 'derived-consistency.formula' : 'derived-consistency',
    indicator: ind.code,
    column,
    related: related(),
    values: { ...base(), numerator: num, denominator: den, exact, expected: roundTo(exact, ind.decimals), tolerance },
  });
}

/** A rate or ratio typed by hand must agree with its numerator and denominator, to the rounding it shows. */
export function checkDerivedConsistency(rule: RuleOf<'derived-consistency'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    for (const column of rule.columns) {
      const issue = checkOne(rule, input, ind, column);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}
