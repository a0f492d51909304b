import { parseSpec } from '../../core/spec/parse-spec.js';
import type { TemplateSpec, TemplateSpecInput } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';

function validated(input: TemplateSpecInput): TemplateSpec {
  const parsed = parseSpec(input);
  if (!parsed.success) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.spec;
}

/** The year-on-year threshold of the changed spec (the standard's is 30 %). */
export const CHANGED_THRESHOLD = 20;

/**
 * A federation's version 2 of the standard template: one indicator more
 * (C11, a count under 帮扶) and a tighter year-on-year threshold (20 % instead
 * of 30 %). A table made from it holds every standard indicator unchanged.
 */
export const changedSpec: TemplateSpec = validated({
  ...standardSpec,
  version: 2,
  indicators: [
    ...standardSpec.indicators,
    { code: 'C11', section: 'C', name: { zh: '金秋助学学生人数', en: 'Students aided' }, unit: { zh: '人', en: 'persons' }, kind: 'count', decimals: 0 },
  ],
  rules: standardSpec.rules.map((r) => (r.kind === 'historical' ? { ...r, maxChangePercent: CHANGED_THRESHOLD } : r)),
});

/** Version 3: A05 renamed (a different meaning under the same code): its table does not read right by the standard spec. */
export const renamedSpec: TemplateSpec = validated({
  ...standardSpec,
  version: 3,
  indicators: standardSpec.indicators.map((i) => (i.code === 'A05' ? { ...i, name: { zh: '工会会员人数（含离退休）', en: 'Members incl. retired' } } : i)),
});
