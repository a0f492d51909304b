import type { Issue } from '../core/issues/issue.js';
import { UNIT_STATUS_LABELS, type MergeReport, type UnitStatus, type UnitStatusRow } from '../core/merge/merge-report.js';
import { formatParam } from '../core/messages/render-text.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { describeRule } from './template/describe-rule.js';

/** What staff do about a unit: chase its file (催报), send it back to fix (退改), or ask for a 说明 (补充说明). */
const ACTION: Partial<Record<UnitStatus, string>> = {
  missing: '催报',
  'hard-issues': '退改',
  duplicate: '退改',
  'needs-explanation': '补充说明',
};

/** One issue a unit must see to: where, what was there, what is wrong, what to do, and the rule. */
export interface FeedbackIssueRow {
  file: string;
  address: string;
  indicator: string;
  value: string;
  severity: string;
  problem: string;
  todo: string;
  rule: string;
}

/** A unit that has something to fix, with its issues. */
export interface UnitFeedback {
  unit: UnitStatusRow;
  action: string;
  issues: FeedbackIssueRow[];
}

/** One line of the 催报/退改 list. */
export interface ChaseRow {
  code: string;
  name: string;
  kind: string;
  action: string;
  status: string;
  hard: number;
  soft: number;
  preparer: string;
  phone: string;
  /** Where the contact came from: 本年报表, 上年报表, or empty. */
  contactFrom: string;
}

/**
 * The value the issue is about, from its own values: the cell's (`value`), a
 * comparison's left side (`left`), a header field's text, or the 本年 / 上年
 * figure it names; empty when the issue is about no single value (a missing row).
 */
function issueValue(issue: Issue): string {
  const v = issue.values;
  for (const key of ['value', 'left', 'text', issue.column === 'prior' ? 'prior' : 'current', 'total', 'found']) {
    if (key in v && v[key] !== null && v[key] !== '') return formatParam(v[key]);
  }
  return '';
}

/** The issues a unit must see to: hard ones and soft ones not yet explained; explained ones are settled. */
function toFix(issue: Issue): boolean {
  return issue.severity === 'hard' || issue.status === 'open';
}

/**
 * Every roster unit with something to fix in what it sent (hard issues, soft
 * issues without 说明, two different files), with its issues in file order,
 * worded in Chinese (the feedback goes to the unit as is). Units that sent
 * nothing are on the chase list only.
 */
export function unitFeedback(report: MergeReport, spec: TemplateSpec): UnitFeedback[] {
  const rules = new Map(spec.rules.map((r) => [r.id, r]));
  const out: UnitFeedback[] = [];
  for (const unit of report.statuses) {
    const action = ACTION[unit.status];
    if (!action || unit.status === 'missing') continue;
    const issues = report.files
      .filter((f) => f.unitCode === unit.code)
      .flatMap((f) =>
        f.issues.filter(toFix).map((i): FeedbackIssueRow => {
          const rule = rules.get(i.ruleId);
          return {
            file: f.file,
            address: i.cell ? `${i.sheet ?? f.sheet ?? ''}!${i.cell}`.replace(/^!/, '') : (i.sheet ?? f.sheet ?? ''),
            indicator: i.indicator ?? '',
            value: issueValue(i),
            severity: i.severity === 'hard' ? '强制性（必须改正）' : '提示性（改正或在“说明”栏写明原因）',
            problem: i.message.zh,
            todo: i.hint.zh,
            rule: rule ? describeRule(spec, rule).zh : '',
          };
        }),
      );
    if (issues.length > 0) out.push({ unit, action, issues });
  }
  return out;
}

/** The 催报/退改 list: every roster unit to chase, with the 填报人 and 联系电话 to call. */
export function chaseRows(report: MergeReport): ChaseRow[] {
  return report.statuses.flatMap((s): ChaseRow[] => {
    const action = ACTION[s.status];
    if (!action) return [];
    const contact = report.contacts?.[s.code];
    return [
      {
        code: s.code,
        name: s.name,
        kind: s.kind ?? '',
        action,
        status: UNIT_STATUS_LABELS[s.status].zh,
        hard: s.counts.hard,
        soft: s.counts.soft,
        preparer: contact?.preparer ?? '',
        phone: contact?.phone ?? '',
        contactFrom: contact ? (contact.from === 'this-year' ? '本年报表' : '上年报表') : '',
      },
    ];
  });
}
