import type { ChoiceRecord } from './duplicate-choice.js';
import type { UnitKind, Summary } from '../consolidate/summary-model.js';
import type { Issue, IssueCounts } from '../issues/issue.js';

/** Status of a roster unit (or a stranger) in this collection, as the 报送情况 sheet shows it. */
export type UnitStatus =
  | 'reported' // 已报
  | 'missing' // 未报
  | 'hard-issues' // 有强制性错误
  | 'needs-explanation' // 待说明: soft issues without 说明
  | 'duplicate' // 重复报送
  | 'not-in-roster' // 名册外单位
  | 'unreadable'; // 无法识别: a file that could not be read or is not the template (its unit is unknown)

export const UNIT_STATUS_LABELS: Record<UnitStatus, { zh: string; en: string }> = {
  reported: { zh: '已报', en: 'Reported' },
  missing: { zh: '未报', en: 'Missing' },
  'hard-issues': { zh: '有强制性错误', en: 'Hard issues' },
  'needs-explanation': { zh: '待说明', en: 'Needs explanation' },
  duplicate: { zh: '重复报送', en: 'Duplicate' },
  'not-in-roster': { zh: '名册外单位', en: 'Not in roster' },
  unreadable: { zh: '无法识别', en: 'Unreadable' },
};

export interface UnitStatusRow {
  code: string;
  name: string;
  kind?: UnitKind;
  parent?: string;
  status: UnitStatus;
  /** Files this unit sent (relative to the input folder). */
  files: string[];
  counts: IssueCounts;
  /** Whether its figures are in the totals. */
  included: boolean;
  /** The file the staff chose among the unit's differing files, when they chose. */
  chosen?: string;
}

/** What happened to each file found in the input folder. */
export type FileOutcome =
  | 'accepted' // in the totals (maybe with soft issues)
  | 'rejected' // hard issues: left out, listed
  | 'unreadable' // not a workbook, damaged, encrypted, …
  | 'not-template' // a workbook, but not this template
  | 'duplicate' // a second file for a unit already counted
  | 'not-in-roster' // a unit code the roster does not know
  | 'skipped'; // lock files, hidden files, non-workbooks

export interface FileRecord {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  sha256: string;
  bytes: number;
  outcome: FileOutcome;
  unitCode?: string;
  unitName?: string;
  sheet?: string;
  issues: Issue[];
  /** Set on the file the staff chose among its unit's differing files. */
  chosen?: boolean;
}

/**
 * Where one unit's figures came from: its file (and hash), the sheet, and the
 * 本年 cells read, in indicator order (`D8:D16, D18:D27`). One row per unit:
 * the figures themselves are in 分单位 and summary.csv.
 */
export interface SourceRow {
  unitCode: string;
  file: string;
  sheet: string;
  /** The 本年 cells read, in the spec's indicator order, compacted (compactCellList). */
  cells: string;
  /** How many indicators were read from those cells. */
  indicators: number;
  sha256: string;
}

/** Who to call at a unit about its file: its 填报人 and 联系电话, from its file this year, else last year's. */
export interface UnitContact {
  preparer?: string;
  phone?: string;
  from: 'this-year' | 'last-year';
}

export interface MergeReport {
  summary: Summary;
  statuses: UnitStatusRow[];
  files: FileRecord[];
  sources: SourceRow[];
  /** Notes on the run (fallbacks, assumptions), Chinese and English. */
  notes: { zh: string; en: string }[];
  /** The staff's choices among duplicate files, as applied or not (absent: none given). */
  choices?: ChoiceRecord[];
  /** Unit code → its contact, for the 催报/退改 list and 报送情况 (absent when neither year's file names one). */
  contacts?: Record<string, UnitContact>;
}
