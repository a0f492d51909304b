import ExcelJS from 'exceljs';
import { parseSpec } from '../../core/spec/parse-spec.js';
import { buildTemplateWorkbook, fillTemplate, type TemplateFill } from '../../report/template/index.js';
import { validFill } from '../addin/template-fill.js';
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

/**
 * The sample unit's figures filled into a template made from changedSpec, as
 * a county fills it: C11 given, and 职工总数 (A04) and 会员数 (A05) up 25 % on
 * last year: over changedSpec's 20 %, under the standard 30 % (A06, their
 * rate, stays as it was).
 */
export function changedSpecFill(): TemplateFill {
  const current = { ...(validFill.current as Record<string, number>) };
  const prior = { ...(validFill.prior as Record<string, number>) };
  current.A04 = Math.round(prior.A04 * 1.25);
  current.A05 = Math.round(prior.A05 * 1.25);
  current.C11 = 120;
  prior.C11 = 110;
  return { header: validFill.header, current, prior };
}

/** A workbook made from `spec`'s template (the _meta carrying it) and filled with `fill`. */
export async function filledFrom(spec: TemplateSpec, fill: TemplateFill): Promise<ExcelJS.Workbook> {
  const made = buildTemplateWorkbook(spec);
  // Through its bytes, as the county receives it.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await made.xlsx.writeBuffer()) as ArrayBuffer);
  fillTemplate(wb, spec, fill);
  return wb;
}
