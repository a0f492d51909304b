import type { LocalizedText } from '../spec/template-spec.js';
import { fillPlaceholders } from './render-text.js';

/** The words of the add-in's 汇总 tab (addin/taskpane/summary), Chinese first. */
export const summaryTabMessages = {
  'tab.check': { zh: '审核本表', en: 'Check this sheet' },
  'tab.summary': { zh: '汇总', en: 'Merge' },
  'summary.files': { zh: '本年各单位报表（可选多个文件）', en: 'This year\'s submissions (several files)' },
  'summary.folder': { zh: '或选择报表所在文件夹', en: 'or the folder that holds them' },
  'summary.roster': { zh: '名册（xlsx 或 CSV 文件：代码、名称、上级、类别）', en: 'Roster (.xlsx or .csv: 代码, 名称, 上级, 类别)' },
  'summary.prior': { zh: '上年报表或上年汇总表（可不选；不选时同比按各表“上年”栏计算）', en: 'Last year\'s submissions or summary (optional)' },
  'summary.prior-folder': { zh: '或选择上年报表所在文件夹', en: 'or last year\'s folder' },
  'summary.run': { zh: '开始汇总', en: 'Merge' },
  'summary.write': { zh: '写入 Excel', en: 'Write to Excel' },
  'summary.need-files': { zh: '请先选择本年报表和名册。', en: 'Choose this year\'s submissions and the roster first.' },
  'summary.reading': { zh: '正在读取 {done}/{total}：{file}', en: 'Reading {done}/{total}: {file}' },
  'summary.merging': { zh: '正在汇总…', en: 'Merging…' },
  'summary.done': {
    zh: '汇总完成：名册 {units} 个单位，计入汇总 {included} 个，未报 {missing} 个，需要催报或退改 {action} 个。',
    en: 'Merged: {units} units in the roster, {included} in the totals, {missing} missing, {action} to chase or send back.',
  },
  'summary.roster-bad': { zh: '名册有误：', en: 'The roster is not valid:' },
  'summary.line': { zh: '第 {line} 行：', en: 'line {line}: ' },
  'summary.no-year': { zh: '无法确定统计年度：没有可读取的报表写明年度。', en: 'Cannot tell the year: no readable submission names it.' },
  'summary.not-reconciled': { zh: '汇总结果核对不平，未生成汇总表。请把报表文件交给技术支持。', en: 'The summary does not reconcile; nothing was made. Send the files to support.' },
  'summary.choose': { zh: '选定计入汇总的文件：', en: 'File that counts:' },
  'summary.choose-none': { zh: '（都不计入）', en: '(none)' },
  'summary.rerun': { zh: '按选定重新汇总', en: 'Merge again with these choices' },
  'summary.written-workbook': { zh: '已在新工作簿中打开汇总表。', en: 'The summary is open in a new workbook.' },
  'summary.written-sheets': { zh: '已写入本工作簿的工作表：{sheets}。', en: 'Written to sheets of this workbook: {sheets}.' },
  'summary.failed': { zh: '未能完成：{reason}', en: 'Could not finish: {reason}' },
} satisfies Record<string, LocalizedText>;

export type SummaryTabKey = keyof typeof summaryTabMessages;

/** A text of the 汇总 tab in `locale`, placeholders filled. */
export function summaryTabText(key: SummaryTabKey, locale: 'zh' | 'en', params: Record<string, string | number> = {}): string {
  return fillPlaceholders(summaryTabMessages[key][locale], params);
}
