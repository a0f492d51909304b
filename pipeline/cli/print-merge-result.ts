import { UNIT_STATUS_LABELS } from '../../core/merge/merge-report.js';
import type { MergeOutcome } from './run-merge.js';
import { fillSentences } from '../../report/fill-sentences.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { Effects } from './effects.js';
import { formatTable } from './format-table.js';

/**
 * Up to this many units the terminal lists every one; above it (a province, the
 * national federation) only the units with something to chase are listed, and
 * the full list is in 汇总表.xlsx (报送情况): 3,000 lines nobody reads in a terminal.
 */
export const LIST_EVERY_UNIT_UP_TO = 60;

/** What a federation statistician sees after `unionstat merge`: who reported, then the headline figures. */
export function printMergeResult(outcome: MergeOutcome, spec: TemplateSpec, effects: Effects): void {
  const { report } = outcome;
  const en = effects.lang === 'en';
  const { summary } = report;
  const period = spec.periods.find((p) => p.key === summary.period)?.label[effects.lang] ?? summary.period;
  effects.out(en ? `${summary.federation.name} ${summary.year} ${period}: submission status` : `${summary.federation.name} ${summary.year}年${period} 报送情况`);
  // 填报人 and 联系电话 beside the status, as 报送情况.xlsx has them: the status table is what staff phone from.
  const head = en
    ? ['Code', 'Unit', 'Kind', 'Status', 'Preparer', 'Phone', 'Hard', 'Soft', 'Explained', 'Files']
    : ['单位代码', '单位名称', '类别', '状态', '填报人', '联系电话', '强制性', '提示性', '已说明', '文件'];
  const listAll = report.statuses.length <= LIST_EVERY_UNIT_UP_TO;
  const listed = listAll ? report.statuses : report.statuses.filter((s) => s.status !== 'reported');
  const rows = listed.map((s) => [
    s.code,
    s.name,
    s.kind ?? '',
    UNIT_STATUS_LABELS[s.status][effects.lang],
    report.contacts?.[s.code]?.preparer ?? '',
    report.contacts?.[s.code]?.phone ?? '',
    String(s.counts.hard),
    String(s.counts.soft),
    String(s.counts.explained),
    s.files.join(', '),
  ]);
  if (rows.length > 0) for (const line of formatTable(head, rows)) effects.out(line);
  const quiet = report.statuses.length - listed.length;
  if (quiet > 0) {
    effects.out(
      en
        ? `${quiet} more units reported with nothing to chase (not listed); the full list is in 汇总表.xlsx, sheet 报送情况.`
        : `另有 ${quiet} 家单位已报、无待办事项，未逐一列出；完整名单见 汇总表.xlsx 的“报送情况”工作表。`,
    );
  }
  const count = (st: string) => report.statuses.filter((s) => s.status === st).length;
  const rosterUnits = report.statuses.filter((s) => s.status !== 'not-in-roster' && s.status !== 'unreadable').length;
  effects.out('');
  effects.out(
    en
      ? `${summary.total.units} of ${rosterUnits} units in the totals; missing ${count('missing')}, hard issues ${count('hard-issues')}, needs explanation ${count('needs-explanation')}, duplicate ${count('duplicate')}, not in roster ${count('not-in-roster')}, unreadable files ${count('unreadable')}.`
      : `计入汇总 ${summary.total.units}/${rosterUnits} 家；未报 ${count('missing')}，有强制性错误 ${count('hard-issues')}，待说明 ${count('needs-explanation')}，重复报送 ${count('duplicate')}，名册外 ${count('not-in-roster')}，无法识别的文件 ${count('unreadable')}。`,
  );
  effects.out('');
  effects.out(en ? 'Headline figures:' : '主要数据：');
  for (const sentence of fillSentences(summary, spec, effects.lang)) if ('text' in sentence) effects.out(sentence.text);
  for (const note of report.notes) effects.err(en ? note.en : note.zh);
  effects.out('');
  effects.out(en ? `Written (${outcome.timings.total} ms):` : `已生成（用时 ${outcome.timings.total} 毫秒）：`);
  for (const path of outcome.written) effects.out(`  ${path}`);
}
