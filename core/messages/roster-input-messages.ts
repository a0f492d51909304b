import type { MessageEntry } from './message-entry.js';

/** A roster file that is not a CSV roster at all (see parseRosterCsv), worded before the CSV parser sees it. */
export const rosterInputMessages: Record<string, MessageEntry> = {
  'roster.xlsx-not-csv': {
    message: { zh: '这是 Excel 工作簿（xlsx），不是 CSV 文本。', en: 'This is an Excel workbook (xlsx), not CSV text.' },
    hint: {
      zh: '请把名册文件的扩展名改为 .xlsx 后直接使用，或在 Excel 中另存为“CSV（逗号分隔）”。',
      en: 'Give the roster its .xlsx extension and use it as is, or save it from Excel as "CSV (Comma delimited)".',
    },
  },
  'roster.not-text': {
    message: {
      zh: '这不是文本格式的名册（可能是其他格式的文件，或文件已损坏）。',
      en: 'This is not a text roster (another kind of file, or a damaged one).',
    },
    hint: {
      zh: '名册应为 CSV 文本或 .xlsx 工作簿，第 1 行为表头：代码、名称、上级、类别。',
      en: 'A roster is CSV text or an .xlsx workbook headed 代码, 名称, 上级, 类别.',
    },
  },
  'roster.gbk-unsupported': {
    message: {
      zh: '这份 CSV 名册是 GBK 编码，当前浏览器不能读取这种编码。',
      en: 'This CSV roster is GBK-encoded, which this browser cannot decode.',
    },
    hint: {
      zh: '请在 Excel 中把名册另存为 .xlsx 工作簿后再选择它，或改用新版 Edge、Chrome、Firefox 打开本页面。',
      en: 'Save the roster from Excel as an .xlsx workbook and choose that, or open this page in a current Edge, Chrome or Firefox.',
    },
  },
};
