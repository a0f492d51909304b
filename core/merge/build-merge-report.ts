import { consolidate } from '../consolidate/consolidate.js';
import { reconcile, type ReconcileProblem } from '../consolidate/reconcile.js';
import type { UnitValues } from '../consolidate/summary-model.js';
import { compactCellList } from '../grid/compact-cell-list.js';
import { finishCheck } from '../rules/check.js';
import { rosterKinds, type Roster } from '../roster/roster-schema.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { SkippedInput } from './classify-input.js';
import { decideCollection } from './decide-collection.js';
import { decideStatuses, type CheckedSubmission } from './decide-statuses.js';
import type { DuplicateChoice } from './duplicate-choice.js';
import { messageFor } from '../messages/catalog.js';
import { renderText } from '../messages/render-text.js';
import type { CheckedRead } from './kept-submission.js';
import { headerContact, type LastYear } from './last-year.js';
import type { MergeReport, SourceRow, UnitContact } from './merge-report.js';

export interface MergeReportInput {
  spec: TemplateSpec;
  roster: Roster;
  /** Every submission as the per-file task left it (task `checked`), in file order. */
  submissions: readonly CheckedRead[];
  /** Last year's figures when last year's files or summary were given; undefined: 同比 from each file's 上年 column. */
  lastYear?: LastYear;
  /** The collection when the user gave it; otherwise the one most submissions name. */
  year?: number;
  period?: 'annual' | 'half';
  /** Files found among the inputs and not read (listed in the notes). */
  skipped?: readonly SkippedInput[];
  /** The staff's choice of the file that counts, per unit that sent differing files (one per unit). */
  choices?: readonly DuplicateChoice[];
}

/** Why a merge gives no report; the shell words it from core/messages by `code`. */
/**
 * Why a merge gave no report. `otherVersion`: files made from another version of this template, left unread, which
 * is often why no year was found (the federation raised 版本 after the templates went out).
 */
export type MergeFailure =
  | { code: 'merge.no-year'; otherVersion?: OtherVersionFiles }
  | { code: 'merge.not-reconciled'; problems: ReconcileProblem[] };

export type MergeReportResult = { ok: true; report: MergeReport } | { ok: false; failure: MergeFailure };

/** Stages of buildMergeReport, reported as each ends (for run.json's timings). */
export type MergePhase = 'check' | 'consolidate';

/**
 * The merge after reading, the same in every shell: the collection, the rest
 * of each check, each unit's status, the totals (rates recomputed from summed
 * parts), 同比, reconciliation and where each figure came from. A summary
 * that does not reconcile is a failure: no report, so nothing is written.
 * @example const result = buildMergeReport({ spec, roster, submissions, lastYear });
 *   if (!result.ok) show(result.failure.code); else build the outputs of result.report
 */
export function buildMergeReport(input: MergeReportInput, onPhase: (phase: MergePhase) => void = () => undefined): MergeReportResult {
  const { spec, roster, submissions, lastYear } = input;

  // The collection is known once every file is read; only the rules comparing a header with it were left.
  const collection = decideCollection(submissions.flatMap((s) => (s.kept ? [s.kept.check.header] : [])), input.year, input.period);
  if (!collection) return { ok: false, failure: { code: 'merge.no-year', ...otherVersionFiles(spec, submissions) } };
  const checked: CheckedSubmission[] = submissions.map((s) => (s.kept ? { ...s, result: finishCheck(spec, s.kept.check, collection) } : s));
  onPhase('check');

  const decision = decideStatuses(roster, checked, input.choices);
  // One lookup per unit: a scan of the roster per unit is quadratic at national scale.
  const rosterUnit = new Map(roster.units.map((u) => [u.code, u]));
  const units: UnitValues[] = decision.accepted.map((s) => {
    const kept = s.kept!;
    const code = kept.unitCode!;
    const listed = rosterUnit.get(code);
    return {
      unitCode: code,
      unitName: listed?.name ?? kept.unitName ?? code,
      kind: listed!.kind,
      source: { file: s.file.name, sheet: kept.check.header.sheet, sha256: s.sha256 },
      current: s.result!.values.current,
      prior: s.result!.values.prior,
      cells: kept.currentCells,
    };
  });

  const summary = consolidate({
    spec,
    year: collection.year,
    period: collection.period,
    federation: roster.federation,
    units,
    kinds: rosterKinds(roster),
    lastYear: lastYear ? { byUnit: lastYear.byUnit, total: lastYear.total } : undefined,
  });
  const problems = reconcile(summary, units, spec);
  if (problems.length > 0) return { ok: false, failure: { code: 'merge.not-reconciled', problems } };
  onPhase('consolidate');

  const sources: SourceRow[] = units.map((u) => {
    const cells = spec.indicators.map((ind) => u.cells[ind.code]).filter((c): c is string => Boolean(c));
    return {
      unitCode: u.unitCode,
      file: u.source.file,
      sheet: u.source.sheet,
      cells: compactCellList(cells),
      indicators: cells.length,
      sha256: u.source.sha256,
    };
  });
  const notes: MergeReport['notes'] = [...(summary.notes ?? [])];
  if (!lastYear) {
    notes.push({
      zh: '未指定上年数据（--prior），同比按各单位报表“上年”栏计算。',
      en: 'No last-year data given (--prior): year-on-year uses each file\'s 上年 column.',
    });
  } else {
    for (const u of units) {
      if (!lastYear.byUnit[u.unitCode] && !lastYear.total) {
        notes.push({
          zh: `未找到 ${u.unitName}（${u.unitCode}）上年报送的文件，其同比按本表“上年”栏计算。`,
          en: `No last-year file for ${u.unitName} (${u.unitCode}); its year-on-year uses the 上年 column.`,
        });
      }
    }
  }
  for (const s of input.skipped ?? []) {
    const why = { 'lock-file': ['Office 临时锁定文件', 'Office lock file'], hidden: ['隐藏文件', 'hidden file'], 'not-workbook': ['不是工作簿', 'not a workbook'], 'not-regular': ['不是普通文件，是管道、设备或套接字', 'not a regular file, but a pipe, device or socket'] }[s.reason];
    notes.push({ zh: `已跳过 ${s.name}（${why[0]}）。`, en: `Skipped ${s.name} (${why[1]}).` });
  }

  for (const c of decision.choices) {
    if (c.miss) notes.push(renderText(messageFor(c.miss === 'changed' ? 'merge.choice-changed' : 'merge.choice-not-found').message, { unitCode: c.unitCode, file: c.file }));
  }

  const report: MergeReport = { summary, statuses: decision.statuses, files: decision.files, sources, notes, contacts: unitContacts(submissions, lastYear) };
  if (decision.choices.length > 0) report.choices = decision.choices;
  return { ok: true, report };
}

/** Each unit's 填报人 and 联系电话: from its first file this year that gives them, else from last year's file. */
function unitContacts(submissions: readonly CheckedRead[], lastYear: LastYear | undefined): Record<string, UnitContact> {
  const contacts: Record<string, UnitContact> = {};
  for (const s of submissions) {
    const code = s.kept?.unitCode;
    if (!code || contacts[code]) continue;
    const contact = headerContact(s);
    if (contact) contacts[code] = { ...contact, from: 'this-year' };
  }
  for (const [code, contact] of Object.entries(lastYear?.contacts ?? {})) {
    const now = contacts[code];
    if (!now) contacts[code] = { ...contact, from: 'last-year' };
  }
  return contacts;
}

/** How many files were refused as another version of this template, which versions they are, and this spec's. */
export interface OtherVersionFiles {
  files: number;
  versions: number[];
  expected: number;
}

/** The files refused as another version of this very template (for the no-year failure). */
function otherVersionFiles(spec: TemplateSpec, submissions: readonly CheckedRead[]): { otherVersion?: OtherVersionFiles } {
  const versions = new Set<number>();
  let files = 0;
  for (const s of submissions) {
    const issue = s.failureIssues.find((i) => i.code === 'structure.wrong-template' && i.values.foundTemplate === spec.id);
    if (!issue) continue;
    files++;
    const version = Number(issue.values.foundVersion);
    if (Number.isFinite(version)) versions.add(version);
  }
  return files > 0 ? { otherVersion: { files, versions: [...versions].sort((a, b) => a - b), expected: spec.version } } : {};
}
