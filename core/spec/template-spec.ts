import { z } from 'zod';
import { parseFormula } from '../formula/parse-formula.js';
import { formulaReadsPrior, validateFormula } from '../formula/validate-formula.js';
import { tableFaults } from './table-faults.js';

/** Text a user reads: Chinese first, English available. Placeholders are `{name}`. */
export const LocalizedText = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const IndicatorCode = z.string().regex(/^[A-Z][0-9]{2}$/, 'indicator code must look like A01');

/** count: whole things (家, 人, 份); amount: money (万元); rate: a percentage; ratio: any other quotient. */
export const IndicatorKind = z.enum(['count', 'amount', 'rate', 'ratio']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const Severity = z.enum(['hard', 'soft']);
export type Severity = z.infer<typeof Severity>;

/** Which value column of the table a rule looks at. */
export const ValueColumn = z.enum(['current', 'prior']);
export type ValueColumn = z.infer<typeof ValueColumn>;

/** value = numerator / denominator × factor, rounded to the indicator's decimals. */
export const Derivation = z.object({
  numerator: IndicatorCode,
  denominator: IndicatorCode,
  factor: z.number().positive(),
});
export type Derivation = z.infer<typeof Derivation>;

export const Indicator = z
  .object({
    code: IndicatorCode,
    name: LocalizedText,
    unit: LocalizedText,
    kind: IndicatorKind,
    section: z.string().min(1),
    /** The indicator this one is a part of (`其中：` rows). */
    parent: IndicatorCode.optional(),
    decimals: z.number().int().min(0).max(6),
    derive: Derivation.optional(),
    /** A short how-to-fill line for the 填表说明 sheet and the add-in. */
    help: LocalizedText.optional(),
  })
  .superRefine((ind, ctx) => {
    const derived = ind.kind === 'rate' || ind.kind === 'ratio';
    if (derived && !ind.derive) {
      ctx.addIssue({ code: 'custom', path: ['derive'], message: `${ind.kind} indicator needs derive {numerator, denominator, factor}` });
    }
    if (!derived && ind.derive) {
      ctx.addIssue({ code: 'custom', path: ['derive'], message: `only rate and ratio indicators are derived; ${ind.kind} is entered` });
    }
  });
export type Indicator = z.infer<typeof Indicator>;

export const Section = z.object({ id: z.string().min(1), title: LocalizedText });
export type Section = z.infer<typeof Section>;

export const Period = z.object({ key: z.enum(['annual', 'half']), label: LocalizedText });
export type Period = z.infer<typeof Period>;

export const HeaderFieldKey = z.enum([
  'unitName',
  'unitCode',
  'year',
  'period',
  'preparer',
  'phone',
  'head',
  'date',
]);
export type HeaderFieldKey = z.infer<typeof HeaderFieldKey>;

export const HeaderField = z.object({
  key: HeaderFieldKey,
  label: LocalizedText,
  /** Other labels a person may have typed instead (found by label, not position). */
  aliases: z.array(z.string().min(1)).default([]),
  required: z.boolean(),
});
export type HeaderField = z.infer<typeof HeaderField>;

export const ColumnKey = z.enum(['code', 'name', 'unit', 'current', 'prior', 'change', 'note']);
export type ColumnKey = z.infer<typeof ColumnKey>;

export const Column = z.object({
  key: ColumnKey,
  label: LocalizedText,
  aliases: z.array(z.string().min(1)).default([]),
  required: z.boolean(),
});
export type Column = z.infer<typeof Column>;

/** Selects indicators for the generic rules: by code, by kind, or both (union). */
export const Selector = z
  .object({
    codes: z.array(IndicatorCode).optional(),
    kinds: z.array(IndicatorKind).optional(),
  })
  .refine((s) => (s.codes?.length ?? 0) + (s.kinds?.length ?? 0) > 0, 'a selector needs codes or kinds');
export type Selector = z.infer<typeof Selector>;

const ruleBase = {
  id: z.string().min(1),
  severity: Severity,
  /** Overrides the catalog's wording for this rule; placeholders as in core/messages. */
  message: LocalizedText.optional(),
  hint: LocalizedText.optional(),
};

/** Σ left  op  Σ right, on each value column, within tolerance. */
export const CompareRule = z.object({
  ...ruleBase,
  kind: z.literal('compare'),
  left: z.array(IndicatorCode).min(1),
  op: z.enum(['le', 'lt', 'eq', 'ge', 'gt']),
  right: z.array(IndicatorCode).min(1),
  tolerance: z.number().min(0).default(0),
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

/** total = Σ parts, within tolerance. */
export const SumOfPartsRule = z.object({
  ...ruleBase,
  kind: z.literal('sum-of-parts'),
  total: IndicatorCode,
  parts: z.array(IndicatorCode).min(2),
  tolerance: z.number().min(0).default(0),
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

/** A typed rate/ratio must agree with numerator/denominator to its rounding. */
export const DerivedConsistencyRule = z.object({
  ...ruleBase,
  kind: z.literal('derived-consistency'),
  appliesTo: Selector,
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

export const RangeRule = z.object({
  ...ruleBase,
  kind: z.literal('range'),
  appliesTo: Selector,
  min: z.number().optional(),
  max: z.number().optional(),
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

export const WholeNumberRule = z.object({
  ...ruleBase,
  kind: z.literal('whole-number'),
  appliesTo: Selector,
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

export const MaxDecimalsRule = z.object({
  ...ruleBase,
  kind: z.literal('max-decimals'),
  appliesTo: Selector,
  decimals: z.number().int().min(0).max(6),
  columns: z.array(ValueColumn).min(1).default(['current', 'prior']),
});

/** 本年 vs 上年 in the same file: counts/amounts by percent, rates by 百分点. Needs a 说明 when exceeded. */
export const HistoricalRule = z.object({
  ...ruleBase,
  kind: z.literal('historical'),
  appliesTo: Selector,
  maxChangePercent: z.number().positive().optional(),
  maxChangePoints: z.number().positive().optional(),
});

/** The 上年 column must equal what the unit submitted last year, when that file is at hand. */
export const PriorMatchesLastYearRule = z.object({
  ...ruleBase,
  kind: z.literal('prior-matches-last-year'),
  appliesTo: Selector,
  tolerance: z.number().min(0).default(0),
});

/** An entered (non-derived) indicator's 本年 cell must not be left empty. */
export const RequiredValueRule = z.object({
  ...ruleBase,
  kind: z.literal('required-value'),
  appliesTo: Selector,
  columns: z.array(ValueColumn).min(1).default(['current']),
});

/** Header fields: present, and year/period/unit code agreeing with the collection and roster. */
export const HeaderRule = z.object({
  ...ruleBase,
  kind: z.literal('header'),
  field: HeaderFieldKey,
  check: z.enum(['required', 'matches-collection', 'in-roster']),
});

/**
 * A 审核公式 as text (`A02 + A05 <= A01 * 2`, `变化(C02) <= 50%`) for a check no
 * other kind expresses; see core/formula for the language. Checked on each
 * listed column (default: both, or 本年 alone when it reads 上年 itself).
 */
export const FormulaRule = z.object({
  ...ruleBase,
  kind: z.literal('formula'),
  formula: z.string().min(1),
  tolerance: z.number().min(0).default(0),
  columns: z.array(ValueColumn).min(1).optional(),
});

export const Rule = z.discriminatedUnion('kind', [
  CompareRule,
  SumOfPartsRule,
  DerivedConsistencyRule,
  RangeRule,
  WholeNumberRule,
  MaxDecimalsRule,
  HistoricalRule,
  PriorMatchesLastYearRule,
  RequiredValueRule,
  HeaderRule,
  FormulaRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** A report sentence; `{C01.current}`, `{C01.growth}`, `{B03.changePoints}` etc. are filled by the narrative writer. */
export const SentenceTemplate = z.object({
  section: z.string().min(1),
  requires: z.array(IndicatorCode).min(1),
  text: LocalizedText,
});
export type SentenceTemplate = z.infer<typeof SentenceTemplate>;

/**
 * One table of a template with several (表一, 表二 …): its own sheet and
 * sections. A spec without `tables` is one table on `sheetName` (see
 * core/spec/spec-tables.ts `specTables`, the one place that normalises).
 */
export const SpecTable = z.object({
  id: z.string().min(1),
  title: LocalizedText,
  sheetName: z.string().min(1).max(31),
  sections: z.array(z.string().min(1)).min(1),
});
export type SpecTable = z.infer<typeof SpecTable>;

export const TemplateSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'spec id: lower-case letters, digits and dashes'),
    version: z.number().int().positive(),
    title: LocalizedText,
    /** The (first) table's sheet; with `tables`, the first table's sheetName. */
    sheetName: z.string().min(1).max(31),
    /** Several tables, each on its own sheet; absent for a one-table template. */
    tables: z.array(SpecTable).min(1).optional(),
    periods: z.array(Period).min(1),
    header: z.array(HeaderField).min(1),
    columns: z.array(Column).min(1),
    sections: z.array(Section).min(1),
    indicators: z.array(Indicator).min(1),
    rules: z.array(Rule),
    sentences: z.array(SentenceTemplate).default([]),
  })
  .superRefine((spec, ctx) => {
    const codes = new Map<string, number>();
    spec.indicators.forEach((ind, i) => {
      if (codes.has(ind.code)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'code'], message: `duplicate indicator code ${ind.code}` });
      }
      codes.set(ind.code, i);
    });
    const sections = new Set(spec.sections.map((s) => s.id));
    const known = (code: string, path: (string | number)[]) => {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', path, message: `unknown indicator code ${code}` });
    };
    spec.indicators.forEach((ind, i) => {
      if (!sections.has(ind.section)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'section'], message: `unknown section ${ind.section}` });
      }
      if (ind.parent) known(ind.parent, ['indicators', i, 'parent']);
      if (ind.derive) {
        known(ind.derive.numerator, ['indicators', i, 'derive', 'numerator']);
        known(ind.derive.denominator, ['indicators', i, 'derive', 'denominator']);
      }
    });
    const ruleIds = new Set<string>();
    spec.rules.forEach((rule, r) => {
      if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', r, 'id'], message: `duplicate rule id ${rule.id}` });
      ruleIds.add(rule.id);
      const refs: [string, (string | number)[]][] = [];
      if (rule.kind === 'compare') {
        rule.left.forEach((c, j) => refs.push([c, ['rules', r, 'left', j]]));
        rule.right.forEach((c, j) => refs.push([c, ['rules', r, 'right', j]]));
      } else if (rule.kind === 'sum-of-parts') {
        refs.push([rule.total, ['rules', r, 'total']]);
        rule.parts.forEach((c, j) => refs.push([c, ['rules', r, 'parts', j]]));
      } else if ('appliesTo' in rule) {
        (rule.appliesTo.codes ?? []).forEach((c, j) => refs.push([c, ['rules', r, 'appliesTo', 'codes', j]]));
      }
      for (const [code, path] of refs) known(code, path);
      if (rule.kind === 'formula') {
        const parsed = parseFormula(rule.formula, 'comparison');
        const faults = parsed.ok ? validateFormula(parsed.formula, [...codes.keys()]) : [parsed.error];
        for (const f of faults) {
          ctx.addIssue({ code: 'custom', path: ['rules', r, 'formula'], message: `formula fault ${f.code} at character ${f.position}` });
        }
        if (parsed.ok && rule.columns?.includes('prior') && formulaReadsPrior(parsed.formula)) {
          ctx.addIssue({ code: 'custom', path: ['rules', r, 'columns'], message: 'a formula that reads 上年 itself is checked on the current column only' });
        }
      }
    });
    spec.sentences.forEach((s, i) =>
      s.requires.forEach((c, j) => known(c, ['sentences', i, 'requires', j])),
    );
    for (const f of tableFaults(spec)) ctx.addIssue({ code: 'custom', path: f.path, message: f.message });
    for (const key of ['code', 'current'] as const) {
      if (!spec.columns.some((c) => c.key === key)) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: `columns must include ${key}` });
      }
    }
  });
export type TemplateSpec = z.infer<typeof TemplateSpecSchema>;
/** What a spec file holds before defaults are applied. */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;
