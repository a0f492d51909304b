import type { Extracted } from '../grid/extracted.js';
import type { Indicator, Rule, TemplateSpec, ValueColumn } from '../spec/template-spec.js';
import type { CheckContext } from './check-context.js';
import type { SpecPlan } from './spec-plan.js';

/** Everything one rule module sees: the spec, the sheet, its numbers and the outside context. */
export interface RuleInput {
  spec: TemplateSpec;
  plan: SpecPlan;
  extracted: Extracted;
  values: Readonly<Record<ValueColumn, Readonly<Record<string, number | null>>>>;
  context: CheckContext;
}

/** The indicators a rule's `appliesTo` selects (precomputed in the plan). */
export function selectedBy(rule: Rule, input: RuleInput): readonly Indicator[] {
  return input.plan.selected.get(rule) ?? [];
}

/** The number of one indicator in one column, null when unknown or the row is absent. */
export function valueOf(input: RuleInput, code: string, column: ValueColumn): number | null {
  return input.values[column][code] ?? null;
}
