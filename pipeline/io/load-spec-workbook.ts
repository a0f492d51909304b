import { basename } from 'node:path';
import type { Issue } from '../../core/issues/issue.js';
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

/** One line per problem (the pages list them the same way). */
export { specProblemLines } from '../../core/spec-book/read-spec-file.js';
