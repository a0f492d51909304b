import { z } from 'zod';
import type { FileRecord, MergeReport } from './merge-report.js';

/**
 * The staff's choice of which file counts for a unit that sent several files
 * with different figures. The file is named as outputs name it and pinned by
 * its SHA-256: a file changed after it was chosen is not taken.
 */
export const DuplicateChoice = z.object({
  unitCode: z
    .string()
    .trim()
    .min(1)
    .transform((s) => s.toUpperCase()),
  /** The file's name as the report names it (relative to the input folder, forward slashes). */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

/** Why a choice was not applied: no file of that name for the unit, or the named file's bytes are not the chosen ones. */
export type ChoiceMiss = 'not-found' | 'changed';

/** A choice as the run used it (run.json `choices`). */
export interface ChoiceRecord extends DuplicateChoice {
  applied: boolean;
  miss?: ChoiceMiss;
}

/** A unit the staff may choose a file for, with its candidate files: what a page lists for the choice. */
export interface DuplicateCandidates {
  unitCode: string;
  unitName: string;
  files: Pick<FileRecord, 'file' | 'sha256'>[];
}

/**
 * The units left out because they sent files with different figures, each
 * with its files (name and hash), in roster order: what a shell offers the
 * staff to choose from before merging again with `choices`.
 * @example duplicateCandidates(report) // [{ unitCode: '990104', unitName: '丁区总工会', files: [{ file: '丁区-1.xlsx', sha256 }, …] }]
 */
export function duplicateCandidates(report: Pick<MergeReport, 'statuses' | 'files'>): DuplicateCandidates[] {
  return report.statuses
    .filter((s) => s.status === 'duplicate')
    .map((s) => ({
      unitCode: s.code,
      unitName: s.name,
      files: report.files.filter((f) => f.unitCode === s.code && f.outcome === 'duplicate').map((f) => ({ file: f.file, sha256: f.sha256 })),
    }));
}
