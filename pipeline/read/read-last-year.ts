import { lastYearFrom, type LastYear } from '../../core/merge/last-year.js';
import type { ProgressReporter } from '../../core/merge/progress.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { findWorkbooks } from './find-workbooks.js';
import { readCheckedSubmissions, type ReadSubmissionsOptions } from './read-submissions.js';

export type { LastYear } from '../../core/merge/last-year.js';

/**
 * Last year's figures for 同比: a folder of last year's submissions, or last
 * year's 汇总表.xlsx (its 汇总 sheet is a submission of the federation itself).
 * Undefined when nothing is at `path`.
 */
export async function readLastYear(
  spec: TemplateSpec,
  path: string,
  federationCode: string,
  options: ReadSubmissionsOptions,
  progress: ProgressReporter,
): Promise<LastYear | undefined> {
  const found = await findWorkbooks([path]);
  if (found.missing.length > 0) return undefined;
  // Read like this year's files (on reader threads when there are many, keeping figures, not sheets), in file order.
  // With progress of its own: at national scale it is seconds of reading before this year's files.
  const read = await readCheckedSubmissions(spec, found.workbooks, { ...options, context: {}, progressLabel: { zh: '读取上年报表', en: 'Reading last year' } }, progress);
  return lastYearFrom(read, federationCode);
}
