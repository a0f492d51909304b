import type { CheckedRead } from '../merge/kept-submission.js';
import type { PriorByUnit } from './prior-from-summary.js';

/** Last year's accepted figures by unit code, and the file each unit's came from. */
export interface AcceptedPrior {
  byUnit: PriorByUnit;
  sources: Record<string, string>;
}

/**
 * Last year's accepted figures from last year's submissions, read and checked
 * with an empty context, in file order: each unit's first file without a hard
 * issue counts (what last year's merge accepted), its 本年 numbers only. The
 * same rule as `unionstat template --prior 文件夹` (pipeline/read/read-prior-figures.ts).
 * @example priorFromReads(reads).byUnit['990101'].A01 // 1180
 */
export function priorFromReads(reads: readonly CheckedRead[]): AcceptedPrior {
  const prior: AcceptedPrior = { byUnit: {}, sources: {} };
  for (const sub of reads) {
    const code = sub.kept?.unitCode?.toUpperCase();
    if (!sub.kept || !code || prior.byUnit[code]) continue;
    if (sub.kept.check.found.some((issues) => issues?.some((i) => i.severity === 'hard'))) continue;
    const values: Record<string, number> = {};
    for (const [indicator, v] of Object.entries(sub.kept.check.values.current)) if (typeof v === 'number') values[indicator] = v;
    prior.byUnit[code] = values;
    prior.sources[code] = sub.file.name;
  }
  return prior;
}
