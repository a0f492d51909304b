import type { LocalizedText } from '../spec/template-spec.js';
import type { MessageEntry } from './message-entry.js';

/** Texts of the staff's choice among a unit's differing files (see core/merge/duplicate-choice). */
export const choiceMessages: Record<string, MessageEntry> = {
  'merge.not-chosen': {
    message: {
      zh: '单位 {unitName}（{unitCode}）报送了多个数据不同的文件，经工作人员选定以 {kept} 计入汇总，本文件 {file} 未采用。',
      en: 'Unit {unitName} ({unitCode}) sent files with different figures; the staff chose {kept} for the totals, so {file} is not used.',
    },
    hint: {
      zh: '如选错了文件，请重新选定后再汇总。',
      en: 'If the wrong file was chosen, choose again and merge again.',
    },
  },
  'merge.choice-not-found': {
    message: {
      zh: '选定的文件 {file} 不是单位 {unitCode} 报送的文件，此项选定未采用。',
      en: 'The chosen file {file} is not a file unit {unitCode} sent; the choice is not applied.',
    },
    hint: {
      zh: '请检查单位代码和文件名后重新选定。',
      en: 'Check the unit code and the file name, and choose again.',
    },
  },
  'merge.choice-changed': {
    message: {
      zh: '选定的文件 {file}（单位 {unitCode}）在选定后已被修改，此项选定未采用。',
      en: 'The chosen file {file} (unit {unitCode}) changed after it was chosen; the choice is not applied.',
    },
    hint: {
      zh: '请核对该文件后重新选定。',
      en: 'Check the file and choose again.',
    },
  },
};

/** How 报送情况 marks the file the staff chose among a unit's differing files. */
export const CHOSEN_FILE_MARK: LocalizedText = { zh: '（选定计入）', en: ' (chosen)' };
