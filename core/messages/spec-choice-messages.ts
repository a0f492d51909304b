import type { LocalizedText } from '../spec/template-spec.js';
import type { MessageEntry } from './message-entry.js';

const entry = (zh: string, en: string, hintZh: string, hintEn: string): MessageEntry => ({ message: { zh, en }, hint: { zh: hintZh, en: hintEn } });

/**
 * A spec file picked or dropped on the 汇总 and 审核 pages (core/spec-book/read-spec-file.ts):
 * what is wrong with the file as a whole. Faults inside a 指标体系.xlsx keep their
 * spec-book.* and formula.* codes, as `unionstat spec` reports them. Each is shown after the
 * file's name (`spec.json：不是有效的 JSON 文件…`).
 */
export const specChoiceMessages: Record<string, MessageEntry> = {
  'spec-choice.wrong-kind': entry(
    '不是指标体系文件。',
    'Not a spec file.',
    '请选择本联合会的 指标体系.xlsx，或用 unionstat spec 生成的 spec.json。',
    "Choose the federation's 指标体系.xlsx, or a spec.json made with unionstat spec.",
  ),
  'spec-choice.not-json': entry(
    '不是有效的 JSON 文件，无法读出指标体系。',
    'Not valid JSON; no spec could be read from it.',
    '请不要手工改动 spec.json；需要改动时请改 指标体系.xlsx 后直接选择它。',
    'Do not edit spec.json by hand; edit 指标体系.xlsx and choose it instead.',
  ),
  'spec-choice.json-invalid': entry(
    '其中的指标体系不符合要求（规格位置 {path}）。',
    'The spec in it does not meet the requirements (spec path {path}).',
    '请改用 指标体系.xlsx，或用 unionstat spec 重新生成 spec.json。',
    'Use 指标体系.xlsx instead, or make spec.json again with unionstat spec.',
  ),
  'spec-choice.forgotten': entry(
    '本浏览器保存的指标体系（来自 {file}）已无法使用，已改回{fallback}。',
    'The spec this browser kept (from {file}) can no longer be used; back to {fallbackEn}.',
    '如需使用本联合会的指标体系，请重新选择 指标体系.xlsx。',
    "To use the federation's spec, choose 指标体系.xlsx again.",
  ),
};

/** The words of the spec picker on the 汇总 and 审核 pages (spread into the pages' uiText). */
export const specChoiceText = {
  specHeading: { zh: '指标体系', en: 'Spec (指标体系)' },
  specPick: { zh: '使用本联合会的指标体系（指标体系.xlsx 或 spec.json）', en: "Use the federation's spec (指标体系.xlsx or spec.json)" },
  specDrop: { zh: '把 指标体系.xlsx 拖到这里，或：', en: 'Drop 指标体系.xlsx here, or:' },
  specPickOrDrop: { zh: '使用本联合会的指标体系（指标体系.xlsx 或 spec.json），或拖放到此处', en: "Use the federation's spec (指标体系.xlsx or spec.json), or drop it here" },
  specReset: { zh: '恢复为内置指标体系', en: 'Back to the built-in spec' },
  specMergeBy: { zh: '汇总按：{title}（{id}）第 {version} 版，指纹 {fingerprint}', en: 'Merging by: {title} ({id}) version {version}, fingerprint {fingerprint}' },
  specCheckBy: {
    zh: '未自带指标体系的工作簿按：{title}（{id}）第 {version} 版，指纹 {fingerprint}',
    en: 'Workbooks that carry no spec are checked by: {title} ({id}) version {version}, fingerprint {fingerprint}',
  },
  specFromStandard: { zh: '（内置标准模板）', en: ' (the built-in standard template)' },
  specFromBuild: { zh: '（本页面构建时写入的指标体系）', en: ' (the spec built into this page)' },
  specFromBeside: { zh: '（本页面旁的 spec.json）', en: ' (spec.json beside this page)' },
  specFromChosen: { zh: '（来自 {file}，已保存在本浏览器，下次打开本页面时自动使用）', en: ' (from {file}, kept in this browser for the next time this page is opened)' },
  specTaken: { zh: '已改用 {file} 中的指标体系。', en: 'Now using the spec in {file}.' },
  specRefused: { zh: '{file} 有 {n} 处错误，未使用，仍按原来的指标体系：', en: '{file} has {n} problem(s) and was not used; the spec stays as it was:' },
  specRestored: { zh: '已恢复为内置指标体系。', en: 'Back to the built-in spec.' },
  specRemerge: { zh: '指标体系已更换，请重新点“开始汇总”。', en: 'The spec changed: click Merge again.' },
  specRecheck: { zh: '指标体系已更换，请重新打开要审核的文件。', en: 'The spec changed: open the workbook to check again.' },
  specFallbackStandard: { zh: '内置标准模板', en: 'the built-in standard template' },
  specFallbackBuild: { zh: '本页面构建时写入的指标体系', en: 'the spec built into this page' },
  specFallbackBeside: { zh: '本页面旁 spec.json 中的指标体系', en: 'the spec in spec.json beside this page' },
} satisfies Record<string, LocalizedText>;
