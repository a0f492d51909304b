import type { CheckedRead } from './kept-submission.js';

/** Last year's figures for 同比, from last year's submissions or last year's 汇总表.xlsx. */
export interface LastYear {
  /** Last year's 本年 by unit code, from last year's submissions. */
  byUnit: Record<string, Record<string, number | null>>;
  /** Which file each unit's last-year figures came from. */
  sources: Record<string, string>;
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
  const result: LastYear = { byUnit: {}, sources: {} };
  for (const sub of read) {
    const code = sub.kept?.unitCode;
    if (!sub.kept || !code) continue;
    const values = sub.kept.check.values.current;
    if (code === federationCode) result.total = values;
    else if (!result.byUnit[code]) {
      result.byUnit[code] = values;
      result.sources[code] = sub.file.name;
    }
  }
  return result;
}
