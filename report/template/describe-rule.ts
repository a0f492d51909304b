import { parseFormula } from '../../core/formula/parse-formula.js';
import { formulaRoots } from '../../core/formula/validate-formula.js';
import { formulaNodes } from '../../core/formula/parse-formula.js';
import type { LocalizedText } from '../../core/spec/template-spec.js';
import type { IndicatorKind, Rule, Selector, Severity, TemplateSpec, ValueColumn } from '../../core/spec/template-spec.js';

/** A rule in words, for the 填表说明 sheet: what is checked, from the spec's data alone. */

const kindWords: Record<IndicatorKind, LocalizedText> = {
  count: { zh: '计数类', en: 'count' },
  amount: { zh: '金额类', en: 'amount' },
  rate: { zh: '比率类', en: 'rate' },
  ratio: { zh: '比值类', en: 'ratio' },
};

export function kindLabel(kind: IndicatorKind): LocalizedText {
  return kindWords[kind];
}

export function severityLabel(severity: Severity): LocalizedText {
  return severity === 'hard'
    ? { zh: '强制性审核（必须改正）', en: 'hard check (must be fixed)' }
    : { zh: '提示性审核（可在“说明”栏解释）', en: 'soft check (may be explained in the note column)' };
}

const opWords: Record<string, string> = { le: '≤', lt: '<', eq: '=', ge: '≥', gt: '>' };

function named(spec: TemplateSpec, code: string): LocalizedText {
  const ind = spec.indicators.find((i) => i.code === code);
  return { zh: `${code} ${ind?.name.zh ?? ''}`.trim(), en: `${code} ${ind?.name.en ?? ''}`.trim() };
}

function joined(parts: LocalizedText[], zhSep: string, enSep: string): LocalizedText {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}

function sum(spec: TemplateSpec, codes: string[]): LocalizedText {
  return joined(codes.map((c) => named(spec, c)), ' + ', ' + ');
}

function selector(spec: TemplateSpec, sel: Selector): LocalizedText {
  const parts: LocalizedText[] = [];
  if (sel.kinds?.length) {
    const kinds = joined(sel.kinds.map(kindLabel), '、', ', ');
    parts.push({ zh: `${kinds.zh}指标`, en: `${kinds.en} indicators` });
  }
  if (sel.codes?.length) parts.push(joined(sel.codes.map((c) => named(spec, c)), '、', ', '));
  return joined(parts, '及', ' and ');
}

function columnWords(spec: TemplateSpec, columns: ValueColumn[]): LocalizedText {
  const label = (key: ValueColumn): LocalizedText =>
    spec.columns.find((c) => c.key === key)?.label ?? (key === 'current' ? { zh: '本年', en: 'this year' } : { zh: '上年', en: 'last year' });
  const all = joined(columns.map(label), '、', ', ');
  return { zh: `“${all.zh}”栏`, en: `${all.en} column${columns.length > 1 ? 's' : ''}` };
}

function tolerance(t: number): LocalizedText {
  return t > 0 ? { zh: `，允许误差 ${t}`, en: `, tolerance ${t}` } : { zh: '', en: '' };
}

function headerLabel(spec: TemplateSpec, key: string): LocalizedText {
  return spec.header.find((h) => h.key === key)?.label ?? { zh: key, en: key };
}

/**
 * What a rule checks, in Chinese and English.
 * @example describeRule(spec, rule).zh // 'A02 已建会单位数 ≤ A01 应建会单位数（“本年、上年”栏）'
 */
export function describeRule(spec: TemplateSpec, rule: Rule): LocalizedText {
  switch (rule.kind) {
    case 'compare': {
      const left = sum(spec, rule.left);
      const right = sum(spec, rule.right);
      const cols = columnWords(spec, rule.columns);
      const tol = tolerance(rule.tolerance);
      const op = opWords[rule.op];
      return { zh: `${left.zh} ${op} ${right.zh}（${cols.zh}${tol.zh}）`, en: `${left.en} ${op} ${right.en} (${cols.en}${tol.en})` };
    }
    case 'sum-of-parts': {
      const total = named(spec, rule.total);
      const parts = sum(spec, rule.parts);
      const cols = columnWords(spec, rule.columns);
      const tol = tolerance(rule.tolerance);
      return { zh: `${total.zh} = ${parts.zh}（${cols.zh}${tol.zh}）`, en: `${total.en} = ${parts.en} (${cols.en}${tol.en})` };
    }
    case 'derived-consistency': {
      const sel = selector(spec, rule.appliesTo);
      return {
        zh: `${sel.zh}由公式按分子、分母计算；如手工填写，须与计算并四舍五入后的结果一致；分母为空或为 0 时应留空`,
        en: `${sel.en} are computed from numerator and denominator; a value typed by hand must agree with the rounded result; empty when the denominator is empty or 0`,
      };
    }
    case 'range': {
      const sel = selector(spec, rule.appliesTo);
      const cols = columnWords(spec, rule.columns);
      if (rule.min !== undefined && rule.max !== undefined) {
        return { zh: `${sel.zh}应在 ${rule.min} 到 ${rule.max} 之间（${cols.zh}）`, en: `${sel.en} must lie between ${rule.min} and ${rule.max} (${cols.en})` };
      }
      if (rule.min !== undefined) return { zh: `${sel.zh}不得小于 ${rule.min}（${cols.zh}）`, en: `${sel.en} must not be below ${rule.min} (${cols.en})` };
      if (rule.max !== undefined) return { zh: `${sel.zh}不得大于 ${rule.max}（${cols.zh}）`, en: `${sel.en} must not exceed ${rule.max} (${cols.en})` };
      return { zh: `${sel.zh}应为数值（${cols.zh}）`, en: `${sel.en} must be numbers (${cols.en})` };
    }
    case 'whole-number': {
      const sel = selector(spec, rule.appliesTo);
      return { zh: `${sel.zh}应为整数`, en: `${sel.en} must be whole numbers` };
    }
    case 'max-decimals': {
      const sel = selector(spec, rule.appliesTo);
      return { zh: `${sel.zh}最多保留 ${rule.decimals} 位小数`, en: `${sel.en} have at most ${rule.decimals} decimals` };
    }
    case 'historical': {
      const sel = selector(spec, rule.appliesTo);
      const limits: LocalizedText[] = [];
      if (rule.maxChangePercent !== undefined) {
        limits.push({ zh: `数量、金额增减幅度超过 ${rule.maxChangePercent}%`, en: `a count or amount changes by more than ${rule.maxChangePercent}%` });
      }
      if (rule.maxChangePoints !== undefined) {
        limits.push({ zh: `比率增减超过 ${rule.maxChangePoints} 个百分点`, en: `a rate changes by more than ${rule.maxChangePoints} percentage points` });
      }
      const when = joined(limits, '，或', ', or ');
      return {
        zh: `${sel.zh}本年与上年相比，${when.zh}时，须在“说明”栏写明原因`,
        en: `${sel.en}: when, year on year, ${when.en}, the reason must be written in the note column`,
      };
    }
    case 'prior-matches-last-year': {
      const sel = selector(spec, rule.appliesTo);
      const tol = tolerance(rule.tolerance);
      return {
        zh: `${sel.zh}的“上年”数应与本单位上年报送的“本年”数一致${tol.zh}`,
        en: `${sel.en}: last year's column must equal what the unit reported last year${tol.en}`,
      };
    }
    case 'required-value': {
      const sel = selector(spec, rule.appliesTo);
      const cols = columnWords(spec, rule.columns);
      return { zh: `${sel.zh}的${cols.zh}不得留空，没有的填 0`, en: `${sel.en}: the ${cols.en} must not be left empty; write 0 for none` };
    }
    case 'header': {
      const label = headerLabel(spec, rule.field);
      if (rule.check === 'required') return { zh: `表头“${label.zh}”必须填写`, en: `The header field "${label.en}" must be filled in` };
      if (rule.check === 'in-roster') return { zh: `表头“${label.zh}”应为名册中的单位代码`, en: `The header field "${label.en}" must be a unit code in the roster` };
      return { zh: `表头“${label.zh}”应与本次收集的要求一致`, en: `The header field "${label.en}" must match the collection` };
    }
    case 'formula': {
      const tol = tolerance(rule.tolerance);
      return { zh: `${rule.formula}${tol.zh ? `（${tol.zh.slice(1)}）` : ''}`, en: `${rule.formula}${tol.en ? ` (${tol.en.slice(2)})` : ''}` };
    }
  }
}

/**
 * A rule as the short 审核公式 a statistician reads beside an indicator, never its id:
 * `A02 ≤ A01`, `C01 = C02 + C03 + C04 + C05`; rules that select by kind fall back to their words.
 * @example ruleFormula(spec, rule) // 'A02 ≤ A01'
 */
export function ruleFormula(spec: TemplateSpec, rule: Rule): string {
  if (rule.kind === 'compare') return `${rule.left.join(' + ')} ${opWords[rule.op]} ${rule.right.join(' + ')}`;
  if (rule.kind === 'sum-of-parts') return `${rule.total} = ${rule.parts.join(' + ')}`;
  return describeRule(spec, rule).zh;
}

/** The codes a rule names explicitly (rules that select by kind are described once, in the rule list). */
export function namedIndicators(rule: Rule): Set<string> {
  switch (rule.kind) {
    case 'compare':
      return new Set([...rule.left, ...rule.right]);
    case 'sum-of-parts':
      return new Set([rule.total, ...rule.parts]);
    case 'header':
      return new Set();
    case 'formula':
      return new Set(formulaCodesOf(rule.formula));
    default:
      return new Set(rule.appliesTo.codes ?? []);
  }
}

/** The codes a formula names (ranges by their ends; the 填表说明 lists a rule under each code it names). */
function formulaCodesOf(text: string): string[] {
  const parsed = parseFormula(text, 'comparison');
  if (!parsed.ok) return [];
  const codes: string[] = [];
  for (const root of formulaRoots(parsed.formula)) {
    for (const n of formulaNodes(root)) {
      if (n.type === 'code') codes.push(n.code);
      if (n.type === 'range') codes.push(n.from, n.to);
    }
  }
  return codes;
}
