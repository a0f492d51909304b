import type { Extracted } from '../grid/extracted.js';
import { startCheck, type PendingCheck } from '../rules/index.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { LastYear } from './last-year.js';
import type { ReadSubmission } from './read-submission.js';

/**
 * What a merge keeps of a submission it could read: who sent it, where its
 * 本年 figures are, and its check but for the collection (see startCheck).
 * A few KB instead of the extracted sheet's ~40 KB of cell readings, notes and
 * formulas: at national scale, ~10 MiB held instead of ~120 MiB.
 */
export interface KeptSubmission {
  unitCode?: string;
  unitName?: string;
  /** 本年 cell of each indicator row found, by code (for 数据来源). */
  currentCells: Record<string, string>;
  check: PendingCheck;
}

/** A submission read and checked where it was read; the sheet itself is not kept. */
export type CheckedRead = Omit<ReadSubmission, 'extracted'> & { kept?: KeptSubmission };

/**
 * What the first stage of the check may use, known before any file is read;
 * plain data, sent once to each reader thread.
 */
export interface ReadCheckContext {
  /** The roster's unit codes; without them the in-roster check is skipped. */
  rosterCodes?: string[];
  /** What each unit submitted last year (its 本年), and from which file; absent without --prior. */
  lastYear?: Pick<LastYear, 'byUnit' | 'sources'>;
}

/**
 * A function that checks each read submission and keeps what the merge needs.
 * @example const keep = submissionKeeper(spec, context); const kept = keep(await readSubmission(spec, file));
 */
export function submissionKeeper(spec: TemplateSpec, context: ReadCheckContext): (read: ReadSubmission) => CheckedRead {
  const rosterCodes = context.rosterCodes ? new Set(context.rosterCodes) : undefined;
  const keep = (extracted: Extracted): KeptSubmission => {
    const code = extracted.unitCode;
    const values = code ? context.lastYear?.byUnit[code] : undefined;
    const lastYear = code && values ? { values, source: context.lastYear!.sources[code] } : undefined;
    const currentCells: Record<string, string> = {};
    // A row on another table's sheet than the first says which (a template of several tables).
    for (const [c, row] of Object.entries(extracted.rows)) currentCells[c] = row.sheet ? `${row.sheet}!${row.current.cell}` : row.current.cell;
    return {
      unitCode: code,
      unitName: extracted.unitName,
      currentCells,
      check: startCheck(spec, extracted, { rosterCodes, lastYear }),
    };
  };
  return ({ extracted, ...rest }) => (extracted ? { ...rest, kept: keep(extracted) } : rest);
}
