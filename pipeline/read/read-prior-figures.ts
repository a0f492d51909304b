import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Issue } from '../../core/issues/issue.js';
import type { ProgressReporter } from '../../core/merge/progress.js';
import { priorFromReads, priorFromSummary, type PriorByUnit } from '../../core/prefill/index.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import { findWorkbooks } from './find-workbooks.js';
import { readCheckedSubmissions } from './read-submissions.js';

export interface PriorFigures {
  byUnit: PriorByUnit;
  /** Which file each unit's figures came from. */
  sources: Record<string, string>;
}

/** Last year's figures, or why they could not be had (the shell words it). */
export type PriorFiguresResult =
  | { ok: true; figures: PriorFigures }
  | { ok: false; problem: 'missing' }
  | { ok: false; problem: 'unreadable'; issue: Issue }
  | { ok: false; problem: 'no-by-unit-sheet' };

/** Last year's 汇总表.xlsx: its 分单位 sheet holds the units that went into last year's totals. */
async function fromSummary(spec: TemplateSpec, path: string): Promise<PriorFiguresResult> {
  const { result } = await readWorkbookFile(path, { preload: 'all' });
  if (!result.ok) return { ok: false, problem: 'unreadable', issue: result.issue };
  const byUnit = priorFromSummary(spec, result.workbook);
  if (!byUnit) return { ok: false, problem: 'no-by-unit-sheet' };
  const source = basename(path);
  return { ok: true, figures: { byUnit, sources: Object.fromEntries(Object.keys(byUnit).map((code) => [code, source])) } };
}

/** Last year's submissions: each unit's 本年, from its first file with no hard issue (what last year's merge accepted). */
async function fromFolder(spec: TemplateSpec, path: string, progress: ProgressReporter): Promise<PriorFiguresResult> {
  const found = await findWorkbooks([path]);
  const read = await readCheckedSubmissions(spec, found.workbooks, { context: {}, progressLabel: { zh: '读取上年报表', en: 'Reading last year' } }, progress);
  // The rule lives in core, where the 汇总 page's template button uses it too.
  return { ok: true, figures: priorFromReads(read) };
}

/**
 * Last year's accepted figures of each unit, for pre-filled templates: from
 * last year's 汇总表.xlsx (分单位) or from the folder of last year's
 * submissions. What is neither comes back as a problem, not a throw.
 */
export async function readPriorFigures(spec: TemplateSpec, path: string, progress: ProgressReporter): Promise<PriorFiguresResult> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, problem: 'missing' };
  return info.isDirectory() ? fromFolder(spec, path, progress) : fromSummary(spec, path);
}
