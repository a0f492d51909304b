import { indicatorsByCode, selectIndicators } from '../spec/spec-lookup.js';
import type { HeaderFieldKey, Indicator, LocalizedText, Rule, TemplateSpec } from '../spec/template-spec.js';

/** What `check` needs from a spec that does not depend on the submission, computed once per spec. */
export interface SpecPlan {
  indicators: ReadonlyMap<string, Indicator>;
  /** Indicators picked by each rule's `appliesTo`, in spec order. */
  selected: ReadonlyMap<Rule, readonly Indicator[]>;
  periodLabels: ReadonlyMap<string, LocalizedText>;
  headerLabels: ReadonlyMap<HeaderFieldKey, LocalizedText>;
}

// Keyed on the spec object: specs are immutable once parsed, and a dropped spec frees its plan.
const plans = new WeakMap<TemplateSpec, SpecPlan>();

export function planOf(spec: TemplateSpec): SpecPlan {
  let plan = plans.get(spec);
  if (!plan) {
    const selected = new Map<Rule, readonly Indicator[]>();
    for (const rule of spec.rules) {
      if ('appliesTo' in rule) selected.set(rule, selectIndicators(spec, rule.appliesTo));
    }
    plan = {
      indicators: indicatorsByCode(spec),
      selected,
      periodLabels: new Map(spec.periods.map((p) => [p.key, p.label])),
      headerLabels: new Map(spec.header.map((h) => [h.key, h.label])),
    };
    plans.set(spec, plan);
  }
  return plan;
}
