import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { CliError } from '../cli/cli-error.js';
import type { Effects } from '../cli/effects.js';
import { findWorkbooks } from './find-workbooks.js';
import { readCheckedSubmissions, type ReadSubmissionsOptions } from './read-submissions.js';

export interface LastYear {
  /** Last year's 本年 by unit code, from last year's submissions. */
  byUnit: Record<string, Record<string, number | null>>;
  /** Which file each unit's last-year figures came from. */
  sources: Record<string, string>;
  /** Last year's federation total, from last year's summary (汇总表.xlsx). */
  total?: Record<string, number | null>;
}

/**
 * Last year's figures for 同比: a folder of last year's submissions, or last
 * year's 汇总表.xlsx (its 汇总 sheet is a submission of the federation itself).
 */
export async function readLastYear(
  spec: TemplateSpec,
  path: string,
  federationCode: string,
  options: ReadSubmissionsOptions,
  effects: Effects,
): Promise<LastYear> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`找不到上年数据 ${path}。`, `Cannot find the last-year data ${path}.`);
  const found = await findWorkbooks([path]);
  const result: LastYear = { byUnit: {}, sources: {} };
  // Read like this year's files (on reader threads when there are many, keeping figures, not sheets), in file order.
  // With progress of its own: at national scale it is seconds of reading before this year's files.
  const read = await readCheckedSubmissions(spec, found.workbooks, { ...options, context: {}, progressLabel: { zh: '读取上年报表', en: 'Reading last year' } }, effects);
  for (const sub of read) {
    const file = sub.file;
    const code = sub.kept?.unitCode;
    if (!sub.kept || !code) continue;
    const values = sub.kept.check.values.current;
    if (code === federationCode) result.total = values;
    else if (!result.byUnit[code]) {
      result.byUnit[code] = values;
      result.sources[code] = info.isDirectory() ? file.name : basename(file.path);
    }
  }
  return result;
}
