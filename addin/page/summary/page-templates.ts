import { priorFromReads, priorFromSummary, type AcceptedPrior } from '../../../core/prefill/index.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { DEFAULT_READ_LIMITS } from '../../../core/xlsx/read-limits.js';
import { OUTPUT_FILES } from '../../../report/build-outputs.js';
import { buildUnitTemplatesZip } from '../../../report/template/build-unit-templates.js';
import { t, type Locale } from '../../i18n/ui-text.js';
import { bytesOf } from '../blob-bytes.js';
import { PageMergeError, type PageMergeResult } from './run-page-merge.js';
import type { OutputFile } from './save-file.js';

/**
 * Whose figures go into the templates' 上年 column:
 * - `next-year`: this merge's (its 汇总表.xlsx), for next year's templates, as
 *   `unionstat template --roster 名册 --prior out/汇总表.xlsx --year N+1`;
 * - `this-year`: the last year the user gave the merge (a 汇总表.xlsx or a
 *   folder), for this year's templates, as `… --prior 上年 --year N`.
 */
export type TemplatePlan = 'next-year' | 'this-year';

/** Last year's 汇总表.xlsx (分单位) as figures, every unit's source its file name; a refusal worded in both languages. */
function fromSummary(spec: TemplateSpec, bytes: Uint8Array, name: string): AcceptedPrior {
  const read = readWorkbookFast(bytes, name, DEFAULT_READ_LIMITS, { preload: 'all' });
  if (!read.ok || !read.workbook) {
    const issue = read.ok ? undefined : read.issue;
    const why = (lang: Locale) => (issue ? issue.message[lang] : '');
    throw new PageMergeError(t('templatesPriorUnreadable', 'zh', { name, reason: why('zh') }), t('templatesPriorUnreadable', 'en', { name, reason: why('en') }));
  }
  const byUnit = priorFromSummary(spec, read.workbook);
  if (!byUnit) throw new PageMergeError(t('templatesPriorNoByUnit', 'zh', { name }), t('templatesPriorNoByUnit', 'en', { name }));
  return { byUnit, sources: Object.fromEntries(Object.keys(byUnit).map((code) => [code, name])) };
}

/**
 * The zip of every roster unit's pre-filled template, built as `unionstat
 * template --roster …` builds its files (report/template's buildUnitTemplatesZip,
 * the same workbooks): from this merge's roster, with 上年 from this merge
 * (next year's templates) or from the last year the user gave (this year's).
 */
export async function pageUnitTemplates(run: PageMergeResult, spec: TemplateSpec, plan: TemplatePlan, locale: Locale): Promise<OutputFile & { year: number; prior?: AcceptedPrior['byUnit'] }> {
  const { summary } = run.report;
  let prior: AcceptedPrior | undefined;
  let year = summary.year;
  if (plan === 'next-year') {
    year = summary.year + 1;
    const table = run.outputs.find((f) => f.name === OUTPUT_FILES.xlsx)!;
    prior = fromSummary(spec, table.bytes, OUTPUT_FILES.xlsx);
  } else if (run.prior?.input.kind === 'summary') {
    const file = run.prior.input.file;
    prior = fromSummary(spec, await bytesOf(file.file), file.name.split('/').pop()!);
  } else if (run.prior?.reads) {
    prior = priorFromReads(run.prior.reads);
  }
  const bytes = await buildUnitTemplatesZip(spec, {
    units: run.roster.units,
    year,
    period: summary.period,
    prior: prior?.byUnit,
    priorSources: prior?.sources,
  });
  const period = spec.periods.find((p) => p.key === summary.period)?.label[locale] ?? summary.period;
  return { name: t('templatesZipName', locale, { year, period }), bytes, year, prior: prior?.byUnit };
}
