import type { CheckedRead } from './kept-submission.js';

/** Last year's figures for 同比, from last year's submissions or last year's 汇总表.xlsx. */
export interface LastYear {
  /** Last year's 本年 by unit code, from last year's submissions. */
  byUnit: Record<string, Record<string, number | null>>;
  /** Which file each unit's last-year figures came from. */
  sources: Record<string, string>;
  /** Each unit's 填报人 and 联系电话 in last year's file, where it gave them. */
  contacts?: Record<string, { preparer?: string; phone?: string }>;
  /** Last year's federation total, from last year's summary (汇总表.xlsx). */
  total?: Record<string, number | null>;
}

/**
 * Last year's figures from last year's files, read like this year's (task
 * `checked`, empty context), in file order: each unit's first file counts;
 * a file of the federation itself (its 汇总表.xlsx) gives the total.
 * @example lastYearFrom(read, roster.federation.code)
 */
export function lastYearFrom(read: readonly CheckedRead[], federationCode: string): LastYear {
  const result: LastYear = { byUnit: {}, sources: {}, contacts: {} };
  for (const sub of read) {
    const code = sub.kept?.unitCode;
    if (!sub.kept || !code) continue;
    const values = sub.kept.check.values.current;
    if (code === federationCode) result.total = values;
    else if (!result.byUnit[code]) {
      result.byUnit[code] = values;
      result.sources[code] = sub.file.name;
      const contact = headerContact(sub);
      if (contact) result.contacts![code] = contact;
    }
  }
  return result;
}

/** A file's 填报人 and 联系电话 as written in its header; undefined when it gives neither. */
export function headerContact(sub: CheckedRead): { preparer?: string; phone?: string } | undefined {
  const header = sub.kept?.check.header.header;
  const preparer = header?.preparer?.text ?? undefined;
  const phone = header?.phone?.text ?? undefined;
  if (!preparer && !phone) return undefined;
  return { ...(preparer ? { preparer } : {}), ...(phone ? { phone } : {}) };
}
