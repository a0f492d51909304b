import { parse } from 'csv-parse/sync';
import { cliText, type CliMessageCode } from '../messages/cli-messages.js';
import { Roster, RosterUnit, scopeOf, type Roster as RosterType } from './roster-schema.js';

export interface RosterProblem {
  /** 1-based line in the file, when the problem is on a line. */
  line?: number;
  zh: string;
  en: string;
}

export type ParseRosterResult = { ok: true; roster: RosterType } | { ok: false; problems: RosterProblem[] };

/** Header names a person may use, Chinese or English. */
const HEADERS: Record<string, 'code' | 'name' | 'parent' | 'kind'> = {
  code: 'code', 代码: 'code', 单位代码: 'code', 编码: 'code',
  name: 'name', 名称: 'name', 单位名称: 'name', 单位: 'name',
  parent: 'parent', 上级: 'parent', 上级代码: 'parent', 上级单位代码: 'parent',
  kind: 'kind', 类别: 'kind', 类型: 'kind', 单位类别: 'kind',
};

/** A problem worded from core/messages (the line, when there is one, is named by whoever shows it). */
function problem(code: CliMessageCode, params: Record<string, string | number | undefined> = {}, line?: number): RosterProblem {
  const text = cliText(code, params);
  return line === undefined ? { zh: text.zh, en: text.en } : { line, zh: text.zh, en: text.en };
}

/**
 * What is wrong with text that is not a roster at all, before it meets the CSV
 * parser (whose own messages are English and about quotes): an xlsx (a zip:
 * `PK\x03\x04`), or binary (NUL or control characters, as in an .xls or a damaged file).
 */
function notARoster(text: string): RosterProblem | undefined {
  if (text.startsWith('PK\u0003\u0004')) return problem('roster.xlsx-not-csv');
  // Tab, line feed and carriage return are text; other C0 controls and undecodable bytes are not.
  const sample = text.slice(0, 4096);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(sample) || (sample.match(/\uFFFD/g)?.length ?? 0) > 8) return problem('roster.not-text');
  return undefined;
}

/** The CSV parser's failure in our words: a quote that does not pair up, or else "not valid CSV", on its line. */
function csvProblem(error: unknown): RosterProblem {
  const e = error as { code?: string; lines?: number };
  const quote = typeof e.code === 'string' && e.code.includes('QUOTE');
  return problem(quote ? 'roster.csv-quote' : 'roster.csv-invalid', {}, typeof e.lines === 'number' ? e.lines : undefined);
}

/** A roster field's zod issue in our words (the schema's own messages carry both languages, `zh / en`). */
function fieldProblem(issue: { code: string; path: PropertyKey[]; message: string; maximum?: unknown }, line: number): RosterProblem {
  const [zh, en] = issue.message.split(' / ');
  if (en !== undefined) return { line, zh, en };
  const field = String(issue.path[0] ?? 'code');
  const fieldName = cliText((['code', 'name', 'parent', 'kind'].includes(field) ? `roster.field.${field}` : 'roster.field.code') as CliMessageCode);
  const params = { maximum: typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint' ? Number(issue.maximum) : undefined };
  const code = issue.code === 'too_big' ? 'roster.field-too-long' : 'roster.field-invalid';
  const text = cliText(code, { ...params, field: '{field}' });
  return { line, zh: text.zh.replace('{field}', fieldName.zh), en: text.en.replace('{field}', fieldName.en) };
}

/** The row for the federation itself. */
const SELF_KINDS = new Set(['本级', '市总', '总工会', 'self']);

/**
 * Decodes a roster file's bytes: UTF-8 (with or without BOM), else GBK — Excel
 * on Chinese Windows saves "CSV" in GBK.
 */
export function decodeRosterBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * Parses roster CSV: columns 代码, 名称, 上级, 类别 (or code, name, parent, kind);
 * one row of 类别 `本级` names the federation itself. Problems name the line.
 * @example parseRosterCsv('代码,名称,上级,类别\n3201,示例市总工会,,本级\n320102,玄武区总工会,3201,县区\n')
 */
export function parseRosterCsv(text: string): ParseRosterResult {
  const refused = notARoster(text);
  if (refused) return { ok: false, problems: [refused] };
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (error) {
    return { ok: false, problems: [csvProblem(error)] };
  }
  if (records.length === 0) return { ok: false, problems: [problem('roster.empty')] };
  const head = records[0].map((h) => HEADERS[h.replace(/\s/g, '').toLowerCase()] ?? HEADERS[h.replace(/\s/g, '')]);
  const missing = (['code', 'name', 'kind'] as const).filter((k) => !head.includes(k));
  if (missing.length > 0) {
    const names = missing.map((k) => cliText(`roster.column.${k}`));
    const text = cliText('roster.missing-columns', { columns: '{columns}' });
    return {
      ok: false,
      problems: [{ line: 1, zh: text.zh.replace('{columns}', names.map((n) => n.zh).join('、')), en: text.en.replace('{columns}', names.map((n) => n.en).join(', ')) }],
    };
  }
  const col = (row: string[], key: string) => row[head.indexOf(key as never)] ?? '';
  const problems: RosterProblem[] = [];
  let federation: { code: string; name: string; scope: string } | undefined;
  const units: unknown[] = [];
  const unitLines: number[] = [];
  records.slice(1).forEach((row, i) => {
    const line = i + 2;
    const kind = col(row, 'kind');
    if (SELF_KINDS.has(kind)) {
      if (federation) problems.push(problem('roster.two-self', {}, line));
      federation = { code: col(row, 'code'), name: col(row, 'name'), scope: scopeOf(col(row, 'name')) };
      return;
    }
    units.push({ code: col(row, 'code'), name: col(row, 'name'), parent: head.includes('parent') ? col(row, 'parent') : '', kind });
    unitLines.push(line);
  });
  if (!federation) {
    problems.push(problem('roster.no-self'));
  }
  // Row by row, so every bad line is named at once (a whole-roster parse stops at the first kind of fault).
  const good: RosterUnit[] = [];
  const firstLine = new Map<string, number>();
  units.forEach((raw, i) => {
    const row = RosterUnit.safeParse(raw);
    if (!row.success) {
      for (const issue of row.error.issues) problems.push(fieldProblem(issue as Parameters<typeof fieldProblem>[0], unitLines[i]));
      return;
    }
    const seen = firstLine.get(row.data.code);
    if (seen !== undefined) {
      problems.push(problem('roster.code-repeats', { code: row.data.code, first: seen }, unitLines[i]));
      return;
    }
    firstLine.set(row.data.code, unitLines[i]);
    good.push(row.data);
  });
  const parsed = Roster.safeParse({ federation: federation ?? { code: '-', name: '-', scope: '-' }, units: good });
  if (!parsed.success && problems.length === 0) {
    for (const issue of parsed.error.issues) {
      const [zh, en] = issue.message.split(' / ');
      problems.push({ zh, en: en ?? zh });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, roster: parsed.data };
}
