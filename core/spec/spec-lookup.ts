import type { Indicator, LocalizedText, Selector, TemplateSpec } from './template-spec.js';

// Keyed on the spec object: specs are immutable once parsed, and a dropped spec frees its map.
const byCodeCache = new WeakMap<TemplateSpec, ReadonlyMap<string, Indicator>>();

/** The spec's indicators by code, built once per spec (a national merge looks them up for every unit). */
export function indicatorsByCode(spec: TemplateSpec): ReadonlyMap<string, Indicator> {
  let byCode = byCodeCache.get(spec);
  if (!byCode) {
    byCode = new Map(spec.indicators.map((i) => [i.code, i]));
    byCodeCache.set(spec, byCode);
  }
  return byCode;
}

/** Indicator by code; throws for an unknown code because a validated spec never has one (programmer error). */
export function indicatorOf(spec: TemplateSpec, code: string): Indicator {
  const ind = indicatorsByCode(spec).get(code);
  if (!ind) throw new Error(`unknown indicator ${code} in spec ${spec.id} v${spec.version}`);
  return ind;
}

/** The indicators a rule's selector picks, in spec order. */
export function selectIndicators(spec: TemplateSpec, selector: Selector): Indicator[] {
  const codes = new Set(selector.codes ?? []);
  const kinds = new Set(selector.kinds ?? []);
  return spec.indicators.filter((i) => codes.has(i.code) || kinds.has(i.kind));
}

/** Additive indicators are the ones that sum across units: counts and amounts. */
export function isAdditive(ind: Indicator): boolean {
  return ind.kind === 'count' || ind.kind === 'amount';
}

/** Depth of `其中` nesting: 0 for a top-level indicator. */
export function indentLevel(spec: TemplateSpec, ind: Indicator): number {
  let level = 0;
  let parent = ind.parent;
  while (parent && level < 10) {
    level++;
    parent = indicatorsByCode(spec).get(parent)?.parent;
  }
  return level;
}

const PART_PREFIX: LocalizedText = { zh: '其中：', en: 'of which: ' };

/** The indicator's name as tables show it: `其中：` before a part (`其中：工资专项集体合同份数`). */
export function rowLabel(spec: TemplateSpec, ind: Indicator, lang: keyof LocalizedText = 'zh'): string {
  return `${indentLevel(spec, ind) > 0 ? PART_PREFIX[lang] : ''}${ind.name[lang]}`;
}
