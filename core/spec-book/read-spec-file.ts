import type { Issue } from '../issues/issue.js';
import { issueAddress } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Locale } from '../messages/render-text.js';
import { parseSpec } from '../spec/parse-spec.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import { screenWorkbookBytes } from '../xlsx/screen-workbook-bytes.js';
import { readSpecBook } from './read-spec-book.js';

export type ReadSpecFileResult = { ok: true; spec: TemplateSpec } | { ok: false; problems: Issue[] };

/** A zip's first bytes (PK\3\4): an .xlsx whatever its name says. */
const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const fault = (code: string, file: string, values: Record<string, string> = {}): Issue => makeIssue({ code, severity: 'hard', sheet: file, values });

/**
 * A spec file a user picked, from its bytes, as `unionstat spec` reads it: 指标体系.xlsx through the
 * guarded fast reader and readSpecBook (every fault at its sheet and cell), or spec.json through
 * parseSpec. Anything else, or a file that does not read, is refused with why; nothing is guessed.
 * @example const r = readSpecFile('指标体系.xlsx', bytes); if (!r.ok) specProblemLines(r.problems, 'zh')
 */
export function readSpecFile(fileName: string, bytes: Uint8Array): ReadSpecFileResult {
  const base = fileName.split(/[\\/]/).pop()!;
  if (/\.json$/i.test(base)) return readSpecJson(base, bytes);
  if (!/\.xlsx$/i.test(base) && !isZip(bytes)) return { ok: false, problems: [fault('spec-choice.wrong-kind', base)] };
  const read = screenWorkbookBytes(bytes, base);
  if (!read.ok) return { ok: false, problems: [read.issue] };
  const book = readSpecBook(read.workbook);
  if (book.ok) return book;
  // A fault of the whole book (a missing sheet) is named by the file, as the CLI names it.
  return { ok: false, problems: book.problems.map((p) => ({ ...p, sheet: p.sheet ?? base })) };
}

function readSpecJson(file: string, bytes: Uint8Array): ReadSpecFileResult {
  let json: unknown;
  try {
    // A BOM is common in files saved by Windows Notepad.
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [fault('spec-choice.not-json', file)] };
  }
  const parsed = parseSpec(json);
  if (parsed.success) return { ok: true, spec: parsed.spec };
  // The schema's own words are English: each fault is named by its path in the spec, in the user's language.
  return { ok: false, problems: parsed.problems.map((p) => fault('spec-choice.json-invalid', file, { path: p.path })) };
}

/** One line per problem, as `unionstat spec` prints them: `审核公式!B7：未知指标代码 A99，是否为 A09？` */
export function specProblemLines(problems: readonly Issue[], lang: Locale): string[] {
  return problems.map((p) => `${issueAddress(p)}${lang === 'en' ? ': ' : '：'}${p.message[lang]}`);
}
