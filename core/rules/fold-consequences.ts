import type { Issue, IssueConsequence } from '../issues/issue.js';
import type { Rule, TemplateSpec } from '../spec/template-spec.js';
import { planOf } from './spec-plan.js';

/**
 * Rule kinds whose issue on a computed indicator follows from its parts' values alone. A rate typed by hand that
 * disagrees with its parts (derived-consistency) is a typing of its own, and stays a mistake of its own.
 */
const FOLLOWING_KINDS: ReadonlySet<Rule['kind']> = new Set(['range', 'historical']);

/** The indicator codes a hard issue is about: its own, and every one its rule compares. */
function codesOf(issue: Issue, rules: ReadonlyMap<string, Rule>): Set<string> {
  const codes = new Set<string>(issue.indicator ? [issue.indicator] : []);
  const rule = rules.get(issue.ruleId);
  if (rule?.kind === 'compare') for (const c of [...rule.left, ...rule.right]) codes.add(c);
  if (rule?.kind === 'sum-of-parts') for (const c of [rule.total, ...rule.parts]) codes.add(c);
  return codes;
}

function asConsequence(issue: Issue): IssueConsequence {
  const { ruleId, code, severity, indicator, column, cell, message } = issue;
  return { ruleId, code, severity, indicator, column, cell, message };
}

/**
 * One mistake, one message: an issue on a computed indicator (a rate over 100,
 * a year-on-year jump) whose numerator or denominator, in the same column, is
 * already the subject of a hard issue is not a mistake of its own. It moves
 * under the first such issue as a consequence, and is no longer counted.
 * @example foldConsequences(spec, [B02 > B01, B03 > 100]) // [B02 > B01 { consequences: [B03 > 100] }]
 */
export function foldConsequences(spec: TemplateSpec, issues: readonly Issue[]): Issue[] {
  const plan = planOf(spec);
  const rules = new Map(spec.rules.map((r) => [r.id, r]));
  const causes = issues
    .filter((i) => i.severity === 'hard' && !plan.indicators.get(i.indicator ?? '')?.derive)
    .map((issue) => ({ issue, codes: codesOf(issue, rules) }));
  if (causes.length === 0) return [...issues];
  const following = new Map<Issue, IssueConsequence[]>();
  const kept: Issue[] = [];
  for (const issue of issues) {
    const derive = plan.indicators.get(issue.indicator ?? '')?.derive;
    const kind = rules.get(issue.ruleId)?.kind;
    const cause =
      derive && kind && FOLLOWING_KINDS.has(kind)
        ? causes.find((c) => c.issue.column === issue.column && (c.codes.has(derive.numerator) || c.codes.has(derive.denominator)))
        : undefined;
    if (!cause) {
      kept.push(issue);
      continue;
    }
    const list = following.get(cause.issue) ?? [];
    list.push(asConsequence(issue));
    following.set(cause.issue, list);
  }
  return kept.map((issue) => {
    const list = following.get(issue);
    return list ? { ...issue, consequences: [...(issue.consequences ?? []), ...list] } : issue;
  });
}
