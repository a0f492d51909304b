import type { Locale as Lang } from '../core/messages/render-text.js';
import { UNIT_STATUS_LABELS, type MergeReport } from '../core/merge/merge-report.js';
import { CHOSEN_FILE_MARK } from '../core/messages/choice-messages.js';

/** One line of the 报送情况 table, as text (counts as numbers for the spreadsheet). */
export interface StatusRow {
  code: string;
  name: string;
  kind: string;
  status: string;
  /** 填报人 and 联系电话 from the unit's file, else from last year's (see MergeReport.contacts). */
  preparer: string;
  phone: string;
  files: string;
  hard: number;
  soft: number;
  explained: number;
  included: string;
}

export const STATUS_HEAD: Record<Lang, string[]> = {
  zh: ['单位代码', '单位名称', '类别', '报送状态', '填报人', '联系电话', '文件', '强制性错误', '待说明', '已说明', '计入汇总'],
  en: ['Code', 'Unit', 'Kind', 'Status', 'Prepared by', 'Phone', 'Files', 'Hard', 'Open soft', 'Explained', 'In totals'],
};

/**
 * Every roster unit (and every stranger or unreadable file) with its status, in
 * the report's order: what staff chase first.
 */
export function statusRows(report: MergeReport, lang: Lang = 'zh'): StatusRow[] {
  return report.statuses.map((s): StatusRow => ({
    code: s.code,
    name: s.name,
    kind: s.kind ?? '',
    status: UNIT_STATUS_LABELS[s.status][lang],
    preparer: report.contacts?.[s.code]?.preparer ?? '',
    phone: report.contacts?.[s.code]?.phone ?? '',
    // The staff's pick is named as such: the row then says which file counts and that it was a choice.
    files: s.files.map((f) => (f === s.chosen ? `${f}${CHOSEN_FILE_MARK[lang]}` : f)).join('；'),
    hard: s.counts.hard,
    soft: s.counts.soft,
    explained: s.counts.explained,
    included: s.included ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no',
  }));
}
