import { renderText } from '../messages/render-text.js';
import { specDiffText, specFieldNames } from '../messages/spec-meta-messages.js';
import { derivationText, ruleFormulaText } from '../spec-book/spec-to-book.js';
import { canonicalJson } from './spec-fingerprint.js';
import type { Indicator, LocalizedText, Rule, TemplateSpec } from './template-spec.js';

export type SpecDiffKind =
  | 'indicator-added'
  | 'indicator-removed'
  | 'indicator-renamed'
  | 'indicator-recoded'
  | 'indicator-changed'
  | 'rule-added'
  | 'rule-removed'
  | 'rule-changed'
  | 'layout-changed';

/** One difference between two versions of a spec, worded. */
export interface SpecDiffItem {
  kind: SpecDiffKind;
  /** The indicator code (for a recoding, the new one) or the rule id. */
  subject: string;
  /** True when a table of one version cannot be read by the other's rows for this item. */
  breaksTable: boolean;
  text: LocalizedText;
}

/** What differs from the spec a file was made from (`from`) to the one it is checked by (`to`). */
export interface SpecDiff {
  items: SpecDiffItem[];
  /**
   * Every indicator of `to` is in `from` with the same code, name, unit, kind,
   * decimals, computation and parent: a table made from `from` reads right by `to`.
   */
  tableCompatible: boolean;
  /** Codes of `to` a table made from `from` has not, or has with another meaning: not to be read from it. */
  changedCodes: string[];
  /** Codes only `from` has (removed, or recoded away). */
  foreignCodes: string[];
}

type Words = Record<string, string | number>;
const text = (key: keyof typeof specDiffText, words: Words) => renderText(specDiffText[key], words);
/** Words that differ by language (a rule's label) filled into each language's text. */
const bilingual = (key: keyof typeof specDiffText, zh: Words, en: Words): LocalizedText => ({
  zh: renderText(specDiffText[key], zh).zh,
  en: renderText(specDiffText[key], { ...zh, ...en }).en,
});
const field = (key: keyof typeof specFieldNames) => specFieldNames[key];
const KIND_FIELD = { count: 'kindCount', amount: 'kindAmount', rate: 'kindRate', ratio: 'kindRatio' } as const;

/** `{field}（{from} → {to}）` for each field, joined, in both languages. */
function fieldList(changes: { name: LocalizedText; from?: LocalizedText; to?: LocalizedText }[]): { fields: string; fieldsEn: string } {
  const one = (lang: keyof LocalizedText) =>
    changes
      .map((c) => (c.from && c.to ? renderText(specDiffText.fieldChange, { field: c.name[lang], from: c.from[lang], to: c.to[lang] })[lang] : c.name[lang]))
      .join(specDiffText.fieldJoin[lang]);
  return { fields: one('zh'), fieldsEn: one('en') };
}

const plain = (value: string | number): LocalizedText => ({ zh: String(value), en: String(value) });

/** The table-reading fields of an indicator that differ, with their old and new values where short. */
function indicatorChanges(a: Indicator, b: Indicator): { name: LocalizedText; from?: LocalizedText; to?: LocalizedText }[] {
  const out: { name: LocalizedText; from?: LocalizedText; to?: LocalizedText }[] = [];
  if (a.unit.zh !== b.unit.zh) out.push({ name: field('unit'), from: a.unit, to: b.unit });
  if (a.kind !== b.kind) out.push({ name: field('kind'), from: field(KIND_FIELD[a.kind]), to: field(KIND_FIELD[b.kind]) });
  if (a.decimals !== b.decimals) out.push({ name: field('decimals'), from: plain(a.decimals), to: plain(b.decimals) });
  const derive = (i: Indicator) => (i.derive ? plain(derivationText(i.derive)) : field('empty'));
  if (canonicalJson(a.derive) !== canonicalJson(b.derive)) out.push({ name: field('derive'), from: derive(a), to: derive(b) });
  if (a.parent !== b.parent) out.push({ name: field('parent'), from: a.parent ? plain(a.parent) : field('empty'), to: b.parent ? plain(b.parent) : field('empty') });
  return out;
}

/** How a rule is named in a difference: its formula, or its kind and what it applies to. */
function ruleLabel(spec: TemplateSpec, rule: Rule): LocalizedText {
  if (rule.kind === 'compare' || rule.kind === 'sum-of-parts' || rule.kind === 'formula') return plain(ruleFormulaText(rule));
  if (rule.kind === 'header') {
    const label = spec.header.find((h) => h.key === rule.field)?.label ?? plain(rule.field);
    const check = specFieldNames[`header.${rule.check}`];
    return { zh: `${field('rule.header').zh}“${label.zh}”${check.zh}`, en: `${field('rule.header').en} "${label.en}" ${check.en}` };
  }
  const kind = specFieldNames[`rule.${rule.kind}`];
  const applies = [...(rule.appliesTo.codes ?? [])];
  const kinds = (rule.appliesTo.kinds ?? []).map((k) => field(KIND_FIELD[k]));
  const zh = [...applies, ...kinds.map((k) => k.zh)].join(specDiffText.fieldJoin.zh);
  const en = [...applies, ...kinds.map((k) => k.en)].join(specDiffText.fieldJoin.en);
  return { zh: `${kind.zh}（${zh}）`, en: `${kind.en} (${en})` };
}

/** Rule fields whose values are short enough to show as old → new. */
const SHOWN_VALUES = new Set(['tolerance', 'min', 'max', 'decimals', 'maxChangePercent', 'maxChangePoints']);

function ruleChanges(a: Rule, b: Rule): { name: LocalizedText; from?: LocalizedText; to?: LocalizedText }[] {
  const out: { name: LocalizedText; from?: LocalizedText; to?: LocalizedText }[] = [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const formulaOf = (r: Rule) => (r.kind === 'compare' || r.kind === 'sum-of-parts' || r.kind === 'formula' ? ruleFormulaText(r) : undefined);
  const fa = formulaOf(a);
  const fb = formulaOf(b);
  if (fa !== fb && fa !== undefined && fb !== undefined) out.push({ name: field('formula'), from: plain(fa), to: plain(fb) });
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => k !== 'id' && k !== 'kind' && !['left', 'op', 'right', 'total', 'parts', 'formula'].includes(k));
  for (const key of keys.sort()) {
    if (canonicalJson(ra[key]) === canonicalJson(rb[key])) continue;
    const name = (specFieldNames as Record<string, LocalizedText>)[key] ?? plain(key);
    const va = ra[key];
    const vb = rb[key];
    if (key === 'severity') out.push({ name, from: field(va as 'hard' | 'soft'), to: field(vb as 'hard' | 'soft') });
    else if (SHOWN_VALUES.has(key)) {
      const shown = (v: unknown) => (typeof v === 'number' ? plain(v) : field('empty'));
      out.push({ name, from: shown(va), to: shown(vb) });
    } else out.push({ name });
  }
  return out;
}

/**
 * What differs between the spec a file was made from and the one it is
 * checked by: indicators added, removed, renamed, recoded (same name, new
 * code) or changed (unit, kind, decimals, computation, parent), 审核 rules
 * added, removed or changed (by id), and the layout (title, sheet, header,
 * columns, periods, sections, sentences, filling notes). Pure.
 * @example diffSpecs(fileSpec, federationSpec).tableCompatible
 */
export function diffSpecs(from: TemplateSpec, to: TemplateSpec): SpecDiff {
  // Keyed on the spec objects (decoded specs are cached, the federation's is one): a merge meets the same pair in many files.
  let byTo = diffCache.get(from);
  if (!byTo) diffCache.set(from, (byTo = new WeakMap()));
  let diff = byTo.get(to);
  if (!diff) byTo.set(to, (diff = computeDiff(from, to)));
  return diff;
}

const diffCache = new WeakMap<TemplateSpec, WeakMap<TemplateSpec, SpecDiff>>();

function computeDiff(from: TemplateSpec, to: TemplateSpec): SpecDiff {
  const items: SpecDiffItem[] = [];
  const fromByCode = new Map(from.indicators.map((i) => [i.code, i]));
  const toByCode = new Map(to.indicators.map((i) => [i.code, i]));
  const added = to.indicators.filter((i) => !fromByCode.has(i.code));
  const removed = from.indicators.filter((i) => !toByCode.has(i.code));
  const recoded = new Map<string, Indicator>();
  for (const ind of added) {
    const old = removed.find((r) => r.name.zh === ind.name.zh && ![...recoded.values()].includes(r));
    if (old) recoded.set(ind.code, old);
  }
  const changedCodes: string[] = [];
  const foreignCodes = removed.map((i) => i.code);
  for (const ind of to.indicators) {
    const old = fromByCode.get(ind.code);
    if (!old) {
      changedCodes.push(ind.code);
      const was = recoded.get(ind.code);
      if (was) {
        items.push({ kind: 'indicator-recoded', subject: ind.code, breaksTable: true, text: text('indicator-recoded', { name: ind.name.zh, nameEn: ind.name.en, from: was.code, to: ind.code }) });
      } else {
        items.push({ kind: 'indicator-added', subject: ind.code, breaksTable: true, text: text('indicator-added', { code: ind.code, name: ind.name.zh, nameEn: ind.name.en }) });
      }
      continue;
    }
    if (old.name.zh !== ind.name.zh) {
      changedCodes.push(ind.code);
      items.push({
        kind: 'indicator-renamed',
        subject: ind.code,
        breaksTable: true,
        text: text('indicator-renamed', { code: ind.code, from: old.name.zh, to: ind.name.zh, fromEn: old.name.en, toEn: ind.name.en }),
      });
      continue;
    }
    const changes = indicatorChanges(old, ind);
    if (changes.length > 0) {
      changedCodes.push(ind.code);
      items.push({ kind: 'indicator-changed', subject: ind.code, breaksTable: true, text: text('indicator-changed', { code: ind.code, name: ind.name.zh, nameEn: ind.name.en, ...fieldList(changes) }) });
    }
  }
  const recodedAway = new Set([...recoded.values()].map((i) => i.code));
  for (const ind of removed) {
    if (recodedAway.has(ind.code)) continue;
    // A code the federation dropped: the file's row is not read, and the table is still read right without it.
    items.push({ kind: 'indicator-removed', subject: ind.code, breaksTable: false, text: text('indicator-removed', { code: ind.code, name: ind.name.zh, nameEn: ind.name.en }) });
  }

  const fromRules = new Map(from.rules.map((r) => [r.id, r]));
  const toRules = new Map(to.rules.map((r) => [r.id, r]));
  for (const rule of to.rules) {
    const old = fromRules.get(rule.id);
    if (!old || old.kind !== rule.kind) {
      items.push({ kind: 'rule-added', subject: rule.id, breaksTable: false, text: ruleText('rule-added', ruleLabel(to, rule)) });
      continue;
    }
    if (canonicalJson(old) === canonicalJson(rule)) continue;
    const label = ruleLabel(to, rule);
    items.push({ kind: 'rule-changed', subject: rule.id, breaksTable: false, text: bilingual('rule-changed', { rule: label.zh, ...fieldList(ruleChanges(old, rule)) }, { rule: label.en }) });
  }
  for (const rule of from.rules) {
    const now = toRules.get(rule.id);
    if (!now || now.kind !== rule.kind) items.push({ kind: 'rule-removed', subject: rule.id, breaksTable: false, text: ruleText('rule-removed', ruleLabel(from, rule)) });
  }

  const layout: LocalizedText[] = [];
  const differs = (a: unknown, b: unknown) => canonicalJson(a) !== canonicalJson(b);
  if (differs(from.title, to.title)) layout.push(field('title'));
  // Which tables sit on which sheets is part of the sheet layout.
  if (from.sheetName !== to.sheetName || differs(from.tables, to.tables)) layout.push(field('sheetName'));
  if (differs(from.header, to.header)) layout.push(field('header'));
  if (differs(from.columns, to.columns)) layout.push(field('columnsLayout'));
  if (differs(from.periods, to.periods)) layout.push(field('periods'));
  if (differs(from.sections, to.sections)) layout.push(field('sections'));
  if (differs(from.sentences, to.sentences)) layout.push(field('sentences'));
  // Words that do not change what a row means: its filling note, its section, its English name (when the Chinese stays).
  const notesDiffer = (i: Indicator, o: Indicator) => differs([i.help, i.section], [o.help, o.section]) || (i.name.zh === o.name.zh && i.name.en !== o.name.en);
  if (to.indicators.some((i) => fromByCode.has(i.code) && notesDiffer(i, fromByCode.get(i.code)!))) layout.push(field('help'));
  if (layout.length > 0) {
    items.push({
      kind: 'layout-changed',
      subject: '',
      breaksTable: false,
      text: text('layout-changed', { parts: layout.map((l) => l.zh).join(specDiffText.fieldJoin.zh), partsEn: layout.map((l) => l.en).join(specDiffText.fieldJoin.en) }),
    });
  }
  return { items, tableCompatible: !items.some((i) => i.breaksTable), changedCodes, foreignCodes };
}

function ruleText(key: 'rule-added' | 'rule-removed', label: LocalizedText): LocalizedText {
  return bilingual(key, { rule: label.zh }, { rule: label.en });
}

/**
 * The differences as one line per language, the first `max` of them and how
 * many in all: what a message quotes.
 * @example describeSpecDiff(diff).zh // '新增指标 A10“…”；审核 历史变动（计数、金额、比率） 的变动幅度上限（%）（30 → 20）改变'
 */
export function describeSpecDiff(diff: SpecDiff, max = 6): LocalizedText {
  if (diff.items.length === 0) return { ...specDiffText.none };
  const shown = diff.items.slice(0, max);
  const line = (lang: keyof LocalizedText) => {
    const parts = shown.map((i) => i.text[lang]).join(specDiffText.listJoin[lang]);
    return diff.items.length > max ? `${parts}${specDiffText.listJoin[lang]}${renderText(specDiffText.more, { n: diff.items.length })[lang]}` : parts;
  };
  return { zh: line('zh'), en: line('en') };
}
