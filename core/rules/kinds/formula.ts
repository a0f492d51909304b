import type { FormulaComparison } from '../../formula/formula-ast.js';
import { evaluateComparison, type FormulaValues } from '../../formula/evaluate-formula.js';
import { fillFigures } from '../../formula/fill-figures.js';
import { parseFormula } from '../../formula/parse-formula.js';
import { formulaCodes, formulaReadsPrior } from '../../formula/validate-formula.js';
import type { Issue } from '../../issues/issue.js';
import type { RuleOf, TemplateSpec, ValueColumn } from '../../spec/template-spec.js';
import { columnNames } from '../display-names.js';
import { valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import { valueCell } from '../value-cell.js';

interface Compiled {
  comparison: FormulaComparison;
  codes: string[];
  columns: ValueColumn[];
  readsPrior: boolean;
}

// Parsed once per rule object: specs are immutable once parsed, and the schema has refused a formula that does not parse.
const compiled = new WeakMap<RuleOf<'formula'>, Compiled | null>();

function compile(rule: RuleOf<'formula'>, spec: TemplateSpec): Compiled | null {
  let c = compiled.get(rule);
  if (c === undefined) {
    const parsed = parseFormula(rule.formula, 'comparison');
    if (parsed.ok && parsed.formula.kind === 'comparison') {
      const readsPrior = formulaReadsPrior(parsed.formula);
      c = {
        comparison: parsed.formula.comparison,
        codes: formulaCodes(parsed.formula, spec.indicators.map((i) => i.code)),
        columns: rule.columns ?? (readsPrior ? ['current'] : ['current', 'prior']),
        readsPrior,
      };
    } else c = null;
    compiled.set(rule, c);
  }
  return c;
}

/**
 * A 审核公式 no other kind expresses (`A02 + A05 <= A01 * 2`), evaluated on
 * each of its columns. The message quotes the formula as written with each
 * figure after its operand: `A02（2073） <= A01（2066）不成立`. The issue sits on
 * the first indicator the formula names; the others' cells are related.
 */
export function checkFormula(rule: RuleOf<'formula'>, input: RuleInput): Issue[] {
  const c = compile(rule, input.spec);
  if (!c) return [];
  const values: FormulaValues = { valueOf: (code, column) => valueOf(input, code, column), codes: input.spec.indicators.map((i) => i.code) };
  const issues: Issue[] = [];
  for (const column of c.columns) {
    const outcome = evaluateComparison(c.comparison, values, column, rule.tolerance);
    if (outcome.holds !== false) continue;
    const filled = fillFigures(rule.formula, c.comparison, values, column);
    const [indicator, ...others] = c.codes;
    const related = others.map((code) => valueCell(input.extracted, code, column));
    if (c.readsPrior) related.push(...c.codes.map((code) => valueCell(input.extracted, code, 'prior')));
    issues.push(
      ruleIssue(rule, input, {
        code: 'formula',
        indicator,
        column,
        related,
        values: {
          formula: rule.formula,
          filled: filled.zh,
          filledEn: filled.en,
          left: outcome.left,
          right: outcome.right,
          tolerance: rule.tolerance,
          toleranceNote: rule.tolerance > 0 ? `，允许误差 ${rule.tolerance}` : '',
          toleranceNoteEn: rule.tolerance > 0 ? `, tolerance ${rule.tolerance}` : '',
          codes: c.codes.join('、'),
          codesEn: c.codes.join(', '),
          ...columnNames(column),
        },
      }),
    );
  }
  return issues;
}
