import { basename } from 'node:path';
import { issueAddress, type Issue } from '../../core/issues/issue.js';
import { readSpecBook } from '../../core/spec-book/read-spec-book.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { readWorkbookFile } from './read-workbook-file.js';

export type LoadSpecWorkbookResult = { ok: true; spec: TemplateSpec } | { ok: false; problems: Issue[] };

/**
 * Reads 指标体系.xlsx from disk with the fast reader (never writing to it) and
 * turns it into a spec; a file that is no workbook is one problem naming it.
 * @example const r = await loadSpecWorkbook('指标体系.xlsx'); if (!r.ok) r.problems.forEach(print)
 */
export async function loadSpecWorkbook(path: string): Promise<LoadSpecWorkbookResult> {
  const { result } = await readWorkbookFile(path, { preload: 'all' });
  if (!result.ok) return { ok: false, problems: [result.issue] };
  const read = readSpecBook(result.workbook);
  if (read.ok) return read;
  return { ok: false, problems: read.problems.map((p) => ({ ...p, sheet: p.sheet ?? basename(path) })) };
}

/** One line per problem: `审核公式!B7：未知指标代码 A99，是否为 A09？` */
export function specProblemLines(problems: readonly Issue[], lang: 'zh' | 'en'): string[] {
  return problems.map((p) => `${issueAddress(p)}${lang === 'en' ? ': ' : '：'}${p.message[lang]}`);
}
