import type { MessageEntry } from './message-entry.js';

/** Issues that only appear when many submissions are merged. */
export const mergeMessages: Record<string, MessageEntry> = {
  'merge.duplicate-unit': {
    message: {
      zh: '单位 {unitName}（{unitCode}）报送了多个数据不同的文件：{files}，均未计入汇总。',
      en: 'Unit {unitName} ({unitCode}) sent several files with different figures: {files}; none is counted.',
    },
    hint: {
      zh: '请与该单位确认哪一份为准：删除其余文件后重新汇总，或在汇总时选定计入的文件（命令行：--use 单位代码=文件路径）。',
      en: 'Ask the unit which file is right: remove the others and merge again, or choose the file that counts (CLI: --use CODE=PATH).',
    },
  },
  'merge.identical-copy': {
    message: {
      zh: '文件 {file} 与 {kept} 是同一单位（{unitCode}）的相同数据，只计一次。',
      en: 'File {file} repeats the figures of {kept} for unit {unitCode}; counted once.',
    },
    hint: { zh: '无需处理；可删除重复的文件。', en: 'Nothing to do; the duplicate file can be deleted.' },
  },
  'merge.prior-from-column': {
    message: {
      zh: '没有找到 {unitName}（{unitCode}）上年报送的文件，同比使用本表“上年”栏数据。',
      en: 'No last-year file for {unitName} ({unitCode}); year-on-year uses this file\'s 上年 column.',
    },
    hint: {
      zh: '如需按上年正式报送数据计算同比，请用 --prior 指定上年报表所在文件夹或上年汇总表。',
      en: 'To compare with last year\'s official figures, pass last year\'s folder or summary with --prior.',
    },
  },
};
