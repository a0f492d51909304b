import { formatChange, formatGrowth } from '../core/consolidate/format-figure.js';
import { sentenceValue } from './sentence-value.js';
import type { Figure, Summary } from '../core/consolidate/summary-model.js';
import type { Locale } from '../core/messages/render-text.js';
import type { Indicator, SentenceTemplate, TemplateSpec } from '../core/spec/template-spec.js';
import { indicatorsByCode } from '../core/spec/spec-lookup.js';

/** A report sentence filled from the total, or the reason it was left out. */
export type FilledSentence =
  | { section: string; text: string; notes: string[] }
  | { section: string; skipped: string };

const FIELDS = ['current', 'prior', 'change', 'changePoints', 'growth'] as const;
type Field = (typeof FIELDS)[number];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z]+))?\}/g;

/** English for the usual Chinese scopes; anything else falls back to the federation's name. */
const SCOPE_EN: Record<string, string> = {
  全市: 'Citywide',
  全省: 'Province-wide',
  全区: 'District-wide',
  全县: 'County-wide',
  全州: 'Prefecture-wide',
  全盟: 'League-wide',
  全国: 'Nationwide',
};

function missingReason(code: string, field: Field, figure: Figure, lang: Locale): string | undefined {
  const zh = lang === 'zh';
  const gone = (what: 'current' | 'prior') =>
    zh ? `${code} ${what === 'current' ? '本年' : '上年'}数据为空` : `${code} ${what === 'current' ? 'this year' : 'last year'} is empty`;
  if (figure.current === null) return gone('current');
  if (field === 'current') return undefined;
  if (figure.prior === null) return gone('prior');
  if (field === 'prior') return undefined;
  if ((field === 'change' || field === 'changePoints') && figure.change === null) {
    return zh ? `${code} 无法计算增减` : `${code} has no change`;
  }
  if (field === 'growth' && figure.growthPercent === null) {
    return figure.prior === 0
      ? zh
        ? `${code} 上年为0，无法计算增长率`
        : `${code} was 0 last year: no growth rate`
      : zh
        ? `${code} 无法计算增长率`
        : `${code} has no growth rate`;
  }
  return undefined;
}

function fieldText(ind: Indicator, field: Field, figure: Figure, lang: Locale): string {
  switch (field) {
    case 'current':
      return sentenceValue(ind, figure.current, lang);
    case 'prior':
      return sentenceValue(ind, figure.prior, lang);
    case 'change':
    case 'changePoints':
      return formatChange(ind, figure, lang);
    case 'growth':
      return formatGrowth(figure, lang);
  }
}

/** Codes whose total leaves out units with an empty value: said beside the sentence, so nobody quotes it blind. */
function incompleteNotes(codes: string[], summary: Summary, lang: Locale): string[] {
  const notes: string[] = [];
  for (const code of codes) {
    const missing = summary.total.figures[code]?.missing;
    const units = [...(missing?.current ?? []), ...(missing?.prior ?? [])];
    if (units.length === 0) continue;
    notes.push(
      lang === 'zh'
        ? `${code} 合计未含数据为空的单位：${[...new Set(units)].join('、')}`
        : `${code} total leaves out units with an empty value: ${[...new Set(units)].join(', ')}`,
    );
  }
  return notes;
}

/**
 * Fills one sentence template from the federation total: `{scope}`, `{scopeEn}`,
 * `{CODE.current|prior|change|changePoints|growth}`. A sentence whose required
 * figures or whose placeholders' figures are empty is skipped with the reason,
 * never printed with a dash in the middle of a sentence. An unknown placeholder
 * stays visible so the spec's author sees it.
 */
export function fillSentence(template: SentenceTemplate, summary: Summary, spec: TemplateSpec, lang: Locale = 'zh'): FilledSentence {
  const figures = summary.total.figures;
  const byCode = indicatorsByCode(spec);
  const empty = (code: string): Figure => ({ code, current: null, prior: null, change: null, growthPercent: null });
  for (const code of template.requires) {
    const reason = missingReason(code, 'current', figures[code] ?? empty(code), lang);
    if (reason) return { section: template.section, skipped: reason };
  }
  const text = template.text[lang];
  const used: string[] = [...template.requires];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [, code, field] = match;
    if (!field || !byCode.has(code) || !(FIELDS as readonly string[]).includes(field)) continue;
    used.push(code);
    const reason = missingReason(code, field as Field, figures[code] ?? empty(code), lang);
    if (reason) return { section: template.section, skipped: reason };
  }
  const { scope, name } = summary.federation;
  const filled = text.replace(PLACEHOLDER, (whole, key: string, field?: string) => {
    if (!field) {
      if (key === 'scope') return scope;
      if (key === 'scopeEn') return SCOPE_EN[scope] ?? name;
      return whole;
    }
    const ind = byCode.get(key);
    if (!ind || !(FIELDS as readonly string[]).includes(field)) return whole;
    return fieldText(ind, field as Field, figures[key] ?? empty(key), lang);
  });
  return { section: template.section, text: filled, notes: incompleteNotes([...new Set(used)], summary, lang) };
}

/** Every sentence of the spec, in spec order. */
export function fillSentences(summary: Summary, spec: TemplateSpec, lang: Locale = 'zh'): FilledSentence[] {
  return spec.sentences.map((s) => fillSentence(s, summary, spec, lang));
}
