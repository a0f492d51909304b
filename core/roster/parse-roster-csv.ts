import { parse } from 'csv-parse/sync';
import { rosterFromRecords, rosterProblem, type ParseRosterResult } from './roster-from-records.js';

export type { ParseRosterResult, RosterProblem } from './roster-from-records.js';

/**
 * Decodes a roster file's bytes: UTF-8 (with or without BOM), else GBK — Excel
 * on Chinese Windows saves "CSV" in GBK. Undefined where the engine has no GBK
 * decoder (EdgeHTML 18's page runs on a UTF-8-only stand-in).
 */
export function decodeRosterBytes(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: GBK, the only other encoding Excel gives a Chinese CSV.
  }
  let gbk: TextDecoder;
  try {
    gbk = new TextDecoder('gbk');
  } catch {
    return undefined;
  }
  return gbk.decode(bytes);
}

/**
 * What is wrong with text that is not a roster at all, before it meets the CSV
 * parser (which would complain about quotes): an xlsx (a zip, `PK\x03\x04`),
 * or binary (NUL or other control characters, as in an .xls or a damaged file).
 */
function notARoster(text: string) {
  if (text.startsWith('PK\u0003\u0004')) return rosterProblem('roster.xlsx-not-csv');
  // Tab, line feed and carriage return are text; other C0 controls and many undecodable bytes are not.
  const sample = text.slice(0, 4096);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(sample) || (sample.match(/\uFFFD/g)?.length ?? 0) > 8) return rosterProblem('roster.not-text');
  return undefined;
}

/**
 * Parses roster CSV: columns 代码, 名称, 上级, 类别 (or code, name, parent, kind);
 * one row of 类别 `本级` names the federation itself. Problems name the line
 * (see rosterFromRecords for the rules, the same for xlsx).
 * @example parseRosterCsv('代码,名称,上级,类别\n3201,示例市总工会,,本级\n320102,玄武区总工会,3201,县区\n')
 */
export function parseRosterCsv(text: string): ParseRosterResult {
  const refused = notARoster(text);
  if (refused) return { ok: false, problems: [refused] };
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    // csv-parse's reason is English; the Chinese message names the line only.
    return { ok: false, problems: [rosterProblem('roster.not-csv', { reason: e.lines ? `第 ${e.lines} 行` : '—' }, e.lines)] };
  }
  return rosterFromRecords(records);
}
