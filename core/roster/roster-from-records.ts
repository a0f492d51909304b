import { messageFor } from '../messages/catalog.js';
import { renderText } from '../messages/render-text.js';
import { Roster, scopeOf, type Federation, type RosterUnit } from './roster-schema.js';

/** One fault of a roster, worded from core/messages (roster-messages) by its code. */
export interface RosterProblem {
  code: string;
  /** 1-based line (row) in the file, when the problem is on a line. */
  line?: number;
  zh: string;
  en: string;
}

export type ParseRosterResult = { ok: true; roster: Roster } | { ok: false; problems: RosterProblem[] };

/** A problem worded from the catalog. */
export function rosterProblem(code: string, values: Record<string, string | number> = {}, line?: number): RosterProblem {
  const { message } = messageFor(code);
  const text = renderText(message, values);
  return { code, ...(line !== undefined ? { line } : {}), zh: text.zh, en: text.en };
}

type Column = 'code' | 'name' | 'parent' | 'kind' | 'preparer' | 'phone' | 'head';

/** Header names a person may use, Chinese or English. */
const HEADERS: Record<string, Column> = {
  code: 'code', 代码: 'code', 单位代码: 'code', 编码: 'code',
  name: 'name', 名称: 'name', 单位名称: 'name', 单位: 'name',
  parent: 'parent', 上级: 'parent', 上级代码: 'parent', 上级单位代码: 'parent',
  kind: 'kind', 类别: 'kind', 类型: 'kind', 单位类别: 'kind',
  preparer: 'preparer', 填报人: 'preparer', 填表人: 'preparer', 统计员: 'preparer',
  phone: 'phone', 联系电话: 'phone', 电话: 'phone', 联系方式: 'phone',
  head: 'head', 单位负责人: 'head', 负责人: 'head',
};

/** The row for the federation itself. */
const SELF_KINDS = new Set(['本级', '市总', '总工会', 'self']);

const LIMITS: Partial<Record<Column, { max: number; zh: string }>> = {
  code: { max: 40, zh: '单位代码' },
  name: { max: 200, zh: '单位名称' },
  parent: { max: 40, zh: '上级代码' },
  kind: { max: 20, zh: '类别' },
  preparer: { max: 50, zh: '填报人' },
  phone: { max: 50, zh: '联系电话' },
  head: { max: 50, zh: '单位负责人' },
};

/**
 * A roster from its rows of text (line 1 the header), the same rules for CSV
 * and xlsx: columns 代码, 名称, 上级, 类别 (or code, name, parent, kind); one
 * row of 类别 `本级` names the federation itself and may give its 填报人,
 * 联系电话 and 单位负责人; 类别 is the roster's own (县区, 直属, 产业, 市, 省直 …).
 * Every bad line is named at once.
 */
export function rosterFromRecords(records: readonly (readonly string[])[]): ParseRosterResult {
  const rows = records.filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { ok: false, problems: [rosterProblem('roster.empty')] };
  const head = records[records.indexOf(rows[0])].map((h) => HEADERS[h.replace(/\s/g, '').toLowerCase()] ?? HEADERS[h.replace(/\s/g, '')]);
  const missing = (['code', 'name', 'kind'] as const).filter((k) => !head.includes(k));
  if (missing.length > 0) {
    const names = { code: '代码', name: '名称', kind: '类别' };
    return { ok: false, problems: [rosterProblem('roster.missing-columns', { columns: missing.map((k) => names[k]).join('、') }, 1)] };
  }
  const col = (row: readonly string[], key: Column) => {
    const i = head.indexOf(key);
    return i < 0 ? '' : (row[i] ?? '').trim();
  };
  const problems: RosterProblem[] = [];
  let federation: Federation | undefined;
  const units: RosterUnit[] = [];
  const firstLine = new Map<string, number>();
  records.forEach((row, index) => {
    const line = index + 1;
    if (index <= records.indexOf(rows[0]) || !row.some((c) => c.trim() !== '')) return;
    const tooLong = (Object.keys(LIMITS) as Column[]).filter((k) => col(row, k).length > LIMITS[k]!.max);
    for (const k of tooLong) problems.push(rosterProblem('roster.too-long', { field: LIMITS[k]!.zh, value: `${col(row, k).slice(0, 20)}…`, max: LIMITS[k]!.max }, line));
    if (tooLong.length > 0) return;
    const kind = col(row, 'kind');
    if (SELF_KINDS.has(kind)) {
      if (federation) problems.push(rosterProblem('roster.two-self', {}, line));
      const [code, name] = [col(row, 'code'), col(row, 'name')];
      if (!code || !name) problems.push(rosterProblem('roster.self-incomplete', {}, line));
      federation = { code: code.toUpperCase(), name, scope: scopeOf(name) };
      for (const k of ['preparer', 'phone', 'head'] as const) if (col(row, k)) federation[k] = col(row, k);
      return;
    }
    const unit = { code: col(row, 'code').toUpperCase(), name: col(row, 'name'), parent: col(row, 'parent'), kind };
    const faults = [!unit.code && 'roster.code-empty', !unit.name && 'roster.name-empty', !unit.kind && 'roster.kind-empty'].filter((f): f is string => Boolean(f));
    for (const f of faults) problems.push(rosterProblem(f, {}, line));
    if (faults.length > 0) return;
    const seen = firstLine.get(unit.code);
    if (seen !== undefined) {
      problems.push(rosterProblem('roster.duplicate-code', { code: unit.code, first: seen }, line));
      return;
    }
    firstLine.set(unit.code, line);
    units.push(unit);
  });
  if (!federation) problems.push(rosterProblem('roster.no-self'));
  if (units.length === 0 && problems.length === 0) problems.push(rosterProblem('roster.no-units'));
  if (problems.length > 0) return { ok: false, problems };
  const parsed = Roster.safeParse({ federation, units });
  // Every fault the schema knows is worded above; a schema failure here is a programmer error.
  if (!parsed.success) throw new Error(`roster rows passed the checks but not the schema: ${parsed.error.message}`);
  return { ok: true, roster: parsed.data };
}
