import { parse } from 'csv-parse/sync';
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
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { ok: false, problems: [{ line: e.lines, zh: `名册不是有效的 CSV：${e.message}`, en: `The roster is not valid CSV: ${e.message}` }] };
  }
  if (records.length === 0) return { ok: false, problems: [{ zh: '名册是空的。', en: 'The roster is empty.' }] };
  const head = records[0].map((h) => HEADERS[h.replace(/\s/g, '').toLowerCase()] ?? HEADERS[h.replace(/\s/g, '')]);
  const missing = (['code', 'name', 'kind'] as const).filter((k) => !head.includes(k));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [{ line: 1, zh: `名册第 1 行应为表头，缺少列：${missing.join('、')}（可用：代码、名称、上级、类别）`, en: `Line 1 must be the header; missing columns: ${missing.join(', ')} (code, name, parent, kind)` }],
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
      if (federation) problems.push({ line, zh: '名册中有多行“本级”，只能有一行。', en: 'More than one 本级 (federation) row.' });
      federation = { code: col(row, 'code'), name: col(row, 'name'), scope: scopeOf(col(row, 'name')) };
      return;
    }
    units.push({ code: col(row, 'code'), name: col(row, 'name'), parent: head.includes('parent') ? col(row, 'parent') : '', kind });
    unitLines.push(line);
  });
  if (!federation) {
    problems.push({ zh: '名册缺少“本级”行（本会自己的代码和名称，类别填“本级”）。', en: 'The roster has no 本级 row (the federation\'s own code and name, kind 本级).' });
  }
  // Row by row, so every bad line is named at once (a whole-roster parse stops at the first kind of fault).
  const good: RosterUnit[] = [];
  const firstLine = new Map<string, number>();
  units.forEach((raw, i) => {
    const row = RosterUnit.safeParse(raw);
    if (!row.success) {
      for (const issue of row.error.issues) problems.push({ line: unitLines[i], zh: issue.message, en: issue.message });
      return;
    }
    const seen = firstLine.get(row.data.code);
    if (seen !== undefined) {
      problems.push({ line: unitLines[i], zh: `单位代码 ${row.data.code} 重复（第 ${seen} 行已有）`, en: `Unit code ${row.data.code} repeats line ${seen}` });
      return;
    }
    firstLine.set(row.data.code, unitLines[i]);
    good.push(row.data);
  });
  const parsed = Roster.safeParse({ federation: federation ?? { code: '-', name: '-', scope: '-' }, units: good });
  if (!parsed.success && problems.length === 0) {
    for (const issue of parsed.error.issues) problems.push({ zh: issue.message, en: issue.message });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, roster: parsed.data };
}
