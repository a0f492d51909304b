import { countIssues } from '../core/issues/issue.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { specFingerprint } from '../core/spec/spec-fingerprint.js';
import type { FileOutcome, MergeReport, UnitStatus } from '../core/merge/merge-report.js';

/** What the caller knows about the run that the report does not hold. */
export interface RunInfo {
  /** Every input with its hash (submissions; the roster, spec and last year's files when the caller adds them). */
  inputs: { file: string; sha256: string; bytes?: number; role?: string }[];
  /** Milliseconds per stage (read, check, merge, write, total…). */
  timings: Record<string, number>;
  /** ISO 8601. */
  startedAt: string;
  finishedAt?: string;
  /** The tool and version that wrote the file. */
  tool?: { name: string; version: string };
  /** The options the run was given (paths, reader, jobs…), for reproducing it. */
  options?: Record<string, unknown>;
}

/**
 * run.json: a machine-readable record of one merge — inputs with their hashes,
 * the spec (id, version, fingerprint), counts of files by outcome, of units by
 * status and of issues, every issue with its file, and the timings. Keys come in
 * a fixed order so two runs on the same inputs differ only in times.
 */
export function buildRunJson(report: MergeReport, spec: TemplateSpec, info: RunInfo): string {
  const filesByOutcome: Partial<Record<FileOutcome, number>> = {};
  for (const f of report.files) filesByOutcome[f.outcome] = (filesByOutcome[f.outcome] ?? 0) + 1;
  const unitsByStatus: Partial<Record<UnitStatus, number>> = {};
  for (const s of report.statuses) unitsByStatus[s.status] = (unitsByStatus[s.status] ?? 0) + 1;
  const issues = report.files.flatMap((f) => f.issues.map((issue) => ({ file: f.file, unitCode: f.unitCode ?? null, ...issue })));
  const { summary } = report;

  const run = {
    tool: info.tool ?? { name: 'unionstat', version: '0.1.0' },
    startedAt: info.startedAt,
    finishedAt: info.finishedAt ?? null,
    spec: { id: spec.id, version: spec.version, fingerprint: specFingerprint(spec) },
    collection: { year: summary.year, period: summary.period, federation: summary.federation },
    options: info.options ?? {},
    inputs: info.inputs,
    choices: report.choices ?? [],
    counts: {
      files: report.files.length,
      filesByOutcome,
      unitsByStatus,
      unitsInTotal: summary.total.units,
      issues: { total: issues.length, ...countIssues(issues) },
    },
    files: report.files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      bytes: f.bytes,
      outcome: f.outcome,
      unitCode: f.unitCode ?? null,
      unitName: f.unitName ?? null,
      sheet: f.sheet ?? null,
      counts: countIssues(f.issues),
      ...(f.chosen ? { chosen: true } : {}),
    })),
    statuses: report.statuses,
    issues,
    notes: [...report.notes, ...(summary.notes ?? [])],
    timings: info.timings,
  };
  return `${JSON.stringify(run, null, 2)}\n`;
}
