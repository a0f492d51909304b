import { countIssues, type Issue, type IssueCounts } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { CheckResult } from '../rules/index.js';
import type { Roster } from '../roster/roster-schema.js';
import type { ChoiceRecord, DuplicateChoice } from './duplicate-choice.js';
import type { CheckedRead } from './kept-submission.js';
import type { FileRecord, UnitStatus, UnitStatusRow } from './merge-report.js';

/** A submission as read, with its finished check when it could be read. */
export type CheckedSubmission = CheckedRead & { result?: CheckResult };

export interface StatusDecision {
  statuses: UnitStatusRow[];
  files: FileRecord[];
  /** The submissions whose figures go into the totals, in roster order. */
  accepted: CheckedSubmission[];
  /** Every choice given, and whether it was applied. */
  choices: ChoiceRecord[];
}

const ZERO: IssueCounts = { hard: 0, soft: 0, explained: 0 };

function sameFigures(a: CheckedSubmission, b: CheckedSubmission): boolean {
  if (a.sha256 === b.sha256) return true;
  const av = a.result?.values;
  const bv = b.result?.values;
  return Boolean(av && bv) && JSON.stringify(av) === JSON.stringify(bv);
}

/**
 * The roster status of every unit and the outcome of every file — the first
 * thing federation staff need to know. Units are identified by the code in the
 * workbook's header. Hard issues keep a file out of the totals; soft issues
 * without 说明 stay in, flagged. Two files for one unit with different figures
 * are both left out (which one is right is the unit's call), unless the staff
 * chose one of them (`choices`: by name and SHA-256, so a file changed since is
 * not taken); identical copies count once.
 */
export function decideStatuses(roster: Roster, submissions: readonly CheckedSubmission[], choices: readonly DuplicateChoice[] = []): StatusDecision {
  const files: FileRecord[] = [];
  const byUnit = new Map<string, CheckedSubmission[]>();
  const rosterCodes = new Set(roster.units.map((u) => u.code));
  const strangers: UnitStatusRow[] = [];
  const unreadable: UnitStatusRow[] = [];
  const record = (s: CheckedSubmission, outcome: FileRecord['outcome'], issues: Issue[]): FileRecord => {
    const rec: FileRecord = {
      file: s.file.name,
      sha256: s.sha256,
      bytes: s.bytes,
      outcome,
      unitCode: s.kept?.unitCode,
      unitName: s.kept?.unitName,
      sheet: s.kept?.check.header.sheet,
      issues,
    };
    files.push(rec);
    return rec;
  };

  for (const s of submissions) {
    if (s.failure || !s.kept || !s.result) {
      const rec = record(s, s.failure ?? 'unreadable', s.failureIssues);
      unreadable.push({ code: '', name: s.file.name, status: 'unreadable', files: [rec.file], counts: countIssues(rec.issues), included: false });
      continue;
    }
    const code = s.kept.unitCode;
    if (!code || !rosterCodes.has(code)) {
      const rec = record(s, code ? 'not-in-roster' : 'rejected', s.result.issues);
      if (code) {
        strangers.push({ code, name: s.kept.unitName ?? '', status: 'not-in-roster', files: [rec.file], counts: countIssues(rec.issues), included: false });
      } else {
        unreadable.push({ code: '', name: s.file.name, status: 'unreadable', files: [rec.file], counts: countIssues(rec.issues), included: false });
      }
      continue;
    }
    byUnit.set(code, [...(byUnit.get(code) ?? []), s]);
  }

  const choiceRecords = new Map<string, ChoiceRecord>();
  for (const c of choices) {
    const sent = byUnit.get(c.unitCode) ?? [];
    const named = sent.filter((s) => s.file.name === c.file);
    const applied = named.some((s) => s.sha256 === c.sha256);
    // A later choice for the same unit replaces an earlier one: the shells validate against giving two.
    choiceRecords.set(c.unitCode, applied ? { ...c, applied } : { ...c, applied, miss: named.length > 0 ? 'changed' : 'not-found' });
  }

  const statuses: UnitStatusRow[] = [];
  const accepted: CheckedSubmission[] = [];
  for (const unit of roster.units) {
    const subs = byUnit.get(unit.code) ?? [];
    const row = { code: unit.code, name: unit.name, kind: unit.kind, parent: unit.parent };
    if (subs.length === 0) {
      statuses.push({ ...row, status: 'missing', files: [], counts: ZERO, included: false });
      continue;
    }
    const names = subs.map((s) => s.file.name);
    const choice = choiceRecords.get(unit.code);
    const picked = choice?.applied ? subs.find((s) => s.file.name === choice.file && s.sha256 === choice.sha256) : undefined;
    const distinct = subs.filter((s, i) => subs.findIndex((t) => sameFigures(s, t)) === i);
    if (picked) {
      statuses.push(decideUnit(row, picked, subs, names, record, accepted, true));
      continue;
    }
    if (distinct.length > 1) {
      for (const s of subs) {
        const dup = makeIssue({
          code: 'merge.duplicate-unit',
          severity: 'hard',
          sheet: s.kept!.check.header.sheet,
          values: { unitCode: unit.code, unitName: unit.name, files: names.join('、') },
        });
        record(s, 'duplicate', [dup, ...s.result!.issues]);
      }
      statuses.push({ ...row, status: 'duplicate', files: names, counts: subs[0].result!.counts, included: false });
      continue;
    }
    statuses.push(decideUnit(row, subs[0], subs, names, record, accepted, false));
  }
  return { statuses: [...statuses, ...strangers, ...unreadable], files, accepted, choices: [...choiceRecords.values()] };
}

type RosterRow = Pick<UnitStatusRow, 'code' | 'name' | 'kind' | 'parent'>;
type Recorder = (s: CheckedSubmission, outcome: FileRecord['outcome'], issues: Issue[]) => FileRecord;

/** One unit's status from the file that counts (`chosen`: the first of identical copies, or the staff's pick); every other file is a duplicate. */
function decideUnit(
  row: RosterRow,
  chosen: CheckedSubmission,
  subs: readonly CheckedSubmission[],
  names: string[],
  record: Recorder,
  accepted: CheckedSubmission[],
  byStaff: boolean,
): UnitStatusRow {
  const counts = chosen.result!.counts;
  const status: UnitStatus = counts.hard > 0 ? 'hard-issues' : counts.soft > 0 ? 'needs-explanation' : 'reported';
  const included = counts.hard === 0;
  const kept = record(chosen, included ? 'accepted' : 'rejected', chosen.result!.issues);
  if (byStaff) kept.chosen = true;
  for (const copy of subs) {
    if (copy === chosen) continue;
    const note = makeIssue({
      // A copy with the chosen file's figures is an identical copy whoever chose; only a differing file is "not chosen".
      code: byStaff && !sameFigures(copy, chosen) ? 'merge.not-chosen' : 'merge.identical-copy',
      severity: 'soft',
      values: { unitCode: row.code, unitName: row.name, file: copy.file.name, kept: chosen.file.name },
    });
    record(copy, 'duplicate', [note]);
  }
  if (included) accepted.push(chosen);
  return { ...row, status, files: names, counts, included, ...(byStaff ? { chosen: chosen.file.name } : {}) };
}
