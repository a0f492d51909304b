import type { MessageEntry } from './message-entry.js';

/** Why a merge produced no report at all (see buildMergeReport); each shell words the hint its own way if it must. */
export const mergeFailureMessages: Record<string, MessageEntry> = {
  'merge.no-year': {
    message: {
      zh: '无法确定统计年度：没有可读取的报表写明年度。',
      en: 'Cannot tell the year: no readable submission names it.',
    },
    hint: { zh: '请用 --year 指定，例如 --year 2024。', en: 'Pass --year, e.g. --year 2024.' },
  },
  'merge.not-reconciled': {
    message: {
      zh: '汇总结果核对不平，未写出任何文件（报告中的错表比没有表更糟）：',
      en: 'The summary does not reconcile; nothing was written:',
    },
    hint: {
      zh: '这是程序错误，请把 run 目录和输入文件交给技术支持。',
      en: 'This is a bug: send the inputs to support.',
    },
  },
};
