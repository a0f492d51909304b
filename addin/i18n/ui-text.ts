import type { Locale } from '../../core/messages/render-text.js';
import { summaryDraftText } from './summary-draft-text.js';
import { summaryText } from './summary-text.js';
import { specChoiceText } from '../../core/messages/spec-choice-messages.js';

export type { Locale };

/** Every word the task pane and the page show, Chinese first. */
export const uiText = {
  ...summaryText,
  ...summaryDraftText,
  ...specChoiceText,
  title: { zh: '工会统计审核', en: 'Union statistics check' },
  check: { zh: '审核', en: 'Check' },
  fill: { zh: '填入计算值', en: 'Fill computed values' },
  report: { zh: '生成审核报告', en: 'Write check report' },
  clear: { zh: '清除标记', en: 'Clear highlights' },
  hard: { zh: '强制性', en: 'Must fix' },
  soft: { zh: '提示性', en: 'Please confirm' },
  explained: { zh: '已说明', en: 'Explained' },
  open: { zh: '待处理', en: 'Open' },
  noIssues: { zh: '未发现问题，可以报送。', en: 'No issues found: ready to send.' },
  checking: { zh: '正在审核…', en: 'Checking…' },
  checked: { zh: '审核完成：强制性 {hard} 条，提示性 {soft} 条，已说明 {explained} 条。', en: 'Checked: {hard} must-fix, {soft} to confirm, {explained} explained.' },
  notInExcel: { zh: '请在 Excel 中打开本加载项；WPS 或未安装加载项时请使用浏览器审核页 check.html。', en: 'Open this add-in in Excel; with WPS or without the add-in, use the check page (check.html).' },
  notTemplate: { zh: '本工作簿中没有找到统计表模板。', en: 'No statistics template found in this workbook.' },
  protectedSheet: {
    zh: '工作表受保护：已完成审核，但无法标记单元格。如需标记，请先撤消工作表保护（本加载项不会自行撤消保护）。',
    en: 'The sheet is protected: it was checked, but cells cannot be highlighted. Unprotect the sheet to see highlights (the add-in never unprotects it).',
  },
  filled: { zh: '已填入 {n} 个计算值。', en: '{n} computed values filled.' },
  nothingToFill: { zh: '没有可填入的计算值。', en: 'Nothing to fill.' },
  reportWritten: { zh: '审核报告已写入“{sheet}”工作表。', en: 'Report written to sheet “{sheet}”.' },
  cleared: { zh: '已清除本加载项设置的标记。', en: 'Highlights set by the add-in were cleared.' },
  failed: { zh: '操作未完成：{reason}', en: 'Could not finish: {reason}' },
  // A fault the pane has no words for (an Office API refusing, memory): said in the user's language, its technical text kept for support.
  paneFault: {
    zh: '任务窗格运行出错。请关闭任务窗格后重新打开再试；如仍出错，请把以下技术信息发给技术支持：{detail}',
    en: 'The task pane ran into a fault. Close and reopen it and try again; if it persists, send this technical detail to support: {detail}',
  },
  helpTitle: { zh: '填表说明', en: 'How to fill' },
  helpPick: { zh: '点击问题可查看该指标的填表说明。', en: 'Click an issue to see how to fill its indicator.' },
  helpUnit: { zh: '计量单位：{unit}', en: 'Unit: {unit}' },
  helpDerived: { zh: '计算值：{numerator} ÷ {denominator} × {factor}，保留 {decimals} 位小数；分母为 0 时留空。', en: 'Computed: {numerator} ÷ {denominator} × {factor}, {decimals} decimals; left empty when the denominator is 0.' },
  helpCount: { zh: '填写不小于 0 的整数；没有请填 0，不要留空。', en: 'A whole number ≥ 0; type 0 for none, do not leave it empty.' },
  helpAmount: { zh: '单位为万元，不小于 0，最多 2 位小数。', en: 'In 10k yuan, ≥ 0, at most 2 decimals.' },
  helpNote: { zh: '与上年相比变动较大时，请在“说明”列写明原因。', en: 'When it moves a lot on last year, explain why in the 说明 column.' },
  openFile: { zh: '打开 .xlsx 文件（或拖放到此处）', en: 'Open an .xlsx file (or drop it here)' },
  pageIntro: {
    zh: '在浏览器中审核统计表，文件不会离开本机。适用于 WPS 和较旧版本的 Office。',
    en: 'Check the statistics workbook in your browser; the file never leaves this computer. For WPS and older Office.',
  },
  download: { zh: '下载修改后的工作簿', en: 'Download the changed workbook' },
  cannotEdit: {
    zh: '本页无法修改该文件（审核结果不受影响）。请在 Excel 中修改；或在 Excel 中打开并另存为 Excel 工作簿 (*.xlsx) 后，再在本页填入或写入。',
    en: 'This page cannot change this file (the check above stands). Change it in Excel, or open it in Excel, save it as an Excel workbook (*.xlsx) and fill or write here again.',
  },
  reportHeads: {
    zh: '严重程度|状态|单元格|指标|问题|修改建议|说明',
    en: 'Severity|Status|Cell|Indicator|Problem|How to fix|Explanation',
  },
  reportSheet: { zh: '审核结果', en: '审核结果' },
  consequence: { zh: '由此导致：{message}', en: 'Which also gives: {message}' },
  fileChecked: { zh: '{file} · {time} 审核', en: '{file} · checked {time}' },
} as const;

export type UiKey = keyof typeof uiText;

/** Chinese unless Office (or the browser) says the display language is something else. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  if (!displayLanguage) return 'zh';
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The text of `key` in `locale`, with `{name}` placeholders filled. */
export function t(key: UiKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return uiText[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
