import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { priorFromSummary, type PriorByUnit } from '../../core/prefill/index.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { CliError } from '../cli/cli-error.js';
import type { Effects } from '../cli/effects.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import { findWorkbooks } from '../merge/find-workbooks.js';
import { readCheckedSubmissions } from '../merge/read-submissions.js';

export interface PriorFigures {
  byUnit: PriorByUnit;
  /** Which file each unit's figures came from. */
  sources: Record<string, string>;
}

/** Last year's 汇总表.xlsx: its 分单位 sheet holds the units that went into last year's totals. */
async function fromSummary(spec: TemplateSpec, path: string): Promise<PriorFigures> {
  const { result } = await readWorkbookFile(path, { preload: 'all' });
  if (!result.ok) throw new CliError(`无法读取上年汇总表 ${path}：${result.issue.message.zh}`, `Cannot read last year's summary ${path}: ${result.issue.message.en}`);
  const byUnit = priorFromSummary(spec, result.workbook);
  if (!byUnit) {
    throw new CliError(
      `${path} 中没有“分单位”工作表：请指定上年由 unionstat merge 生成的汇总表.xlsx，或上年各单位报表所在的文件夹。`,
      `${path} has no 分单位 sheet: give last year's 汇总表.xlsx written by unionstat merge, or the folder of last year's submissions.`,
    );
  }
  const source = basename(path);
  return { byUnit, sources: Object.fromEntries(Object.keys(byUnit).map((code) => [code, source])) };
}

/** Last year's submissions: each unit's 本年, from files with no hard issue (what last year's merge accepted). */
async function fromFolder(spec: TemplateSpec, path: string, effects: Effects): Promise<PriorFigures> {
  const found = await findWorkbooks([path]);
  const read = await readCheckedSubmissions(spec, found.workbooks, { context: {}, progressLabel: { zh: '读取上年报表', en: 'Reading last year' } }, effects);
  const figures: PriorFigures = { byUnit: {}, sources: {} };
  for (const sub of read) {
    const code = sub.kept?.unitCode?.toUpperCase();
    if (!sub.kept || !code || figures.byUnit[code]) continue;
    if (sub.kept.check.found.some((issues) => issues?.some((i) => i.severity === 'hard'))) continue;
    const values: Record<string, number> = {};
    for (const [ind, v] of Object.entries(sub.kept.check.values.current)) if (v !== null) values[ind] = v;
    figures.byUnit[code] = values;
    figures.sources[code] = sub.file.name;
  }
  return figures;
}

/**
 * Last year's accepted figures of each unit, for pre-filled templates: from
 * last year's 汇总表.xlsx (分单位) or from the folder of last year's
 * submissions. A path that is neither is a CliError.
 */
export async function readPriorFigures(spec: TemplateSpec, path: string, effects: Effects): Promise<PriorFigures> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`找不到上年数据 ${path}。`, `Cannot find the last-year data ${path}.`);
  return info.isDirectory() ? fromFolder(spec, path, effects) : fromSummary(spec, path);
}
