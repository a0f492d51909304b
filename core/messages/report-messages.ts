import type { LocalizedText } from '../spec/template-spec.js';
import type { MessageEntry } from './message-entry.js';

/** Problems met while filling the writer's own draft (报告草稿) or reading the merge's figures for it. */
export const reportMessages: Record<string, MessageEntry> = {
  'draft.unknown-placeholder': {
    message: {
      zh: '报告草稿中的占位符 {placeholder} 无法识别。',
      en: 'The draft has a placeholder {placeholder} that is not known.',
    },
    hint: {
      zh: '相近的名称：{suggestions}。请改为其中之一，或删去该占位符后重试。',
      en: 'Close names: {suggestions}. Use one of them, or delete the placeholder, and try again.',
    },
  },
  'draft.unclosed-tag': {
    message: { zh: '报告草稿中“{tag}”缺少右花括号“}”。', en: 'In the draft, “{tag}” has no closing brace “}”.' },
    hint: {
      zh: '占位符写成 {名称} 的形式，用半角花括号，左右成对出现。',
      en: 'Write each placeholder as {name}, with a brace on each side.',
    },
  },
  'draft.unopened-tag': {
    message: { zh: '报告草稿中“{tag}”缺少左花括号“{”。', en: 'In the draft, “{tag}” has no opening brace “{”.' },
    hint: {
      zh: '占位符写成 {名称} 的形式，左右花括号成对出现；正文中需要单独的花括号时请改用全角括号。',
      en: 'Write each placeholder as {name}; use full-width braces where the text needs a lone brace.',
    },
  },
  'draft.block-not-alone': {
    message: {
      zh: '表格或图表占位符 {placeholder} 所在的段落中还有其他文字。',
      en: 'The table or chart placeholder {placeholder} shares its paragraph with other text.',
    },
    hint: {
      zh: '请把 {placeholder} 单独放在一段（前后不加其他文字），表格或图表将替换这一整段。',
      en: 'Put {placeholder} in a paragraph of its own: the table or chart replaces that paragraph.',
    },
  },
  'draft.syntax': {
    message: { zh: '报告草稿中的占位符“{tag}”无法解析。', en: 'The placeholder “{tag}” in the draft cannot be read.' },
    hint: {
      zh: '占位符只能写成 {名称}、{名称.上年} 这样的形式，不支持循环或条件。',
      en: 'Placeholders take the forms {name} or {name.上年}; loops and conditions are not supported.',
    },
  },
  'draft.not-docx': {
    message: { zh: '{file} 不是可读取的 Word 文档（.docx）。', en: '{file} is not a readable Word document (.docx).' },
    hint: {
      zh: '请在 Word 或 WPS 中打开草稿，另存为“Word 文档（*.docx）”后重试。',
      en: 'Open the draft in Word or WPS, save it as “Word Document (*.docx)”, and try again.',
    },
  },
  'draft.empty-figure': {
    message: {
      zh: '占位符 {placeholder} 没有数据，已填为“—”。',
      en: 'The placeholder {placeholder} has no figure; “—” was filled in.',
    },
    hint: {
      zh: '汇总中该项为空（如上年无数据、上年为0无法计算增长率），请在报告中改写这句话。',
      en: 'The merge has no figure for it (e.g. no last-year value, or 0 last year); reword that sentence.',
    },
  },
  'report.figures-missing': {
    message: { zh: '在 {dir} 中没有找到汇总数据文件 {file}。', en: 'No figures file {file} in {dir}.' },
    hint: {
      zh: '请先运行 unionstat merge 生成汇总结果，再用 --from 指定它的输出文件夹。',
      en: 'Run unionstat merge first, and pass its output folder with --from.',
    },
  },
  'report.figures-invalid': {
    message: { zh: '汇总数据文件 {file} 无法读取（{path} 处格式不符）。', en: 'The figures file {file} cannot be read (wrong format at {path}).' },
    hint: {
      zh: '该文件由 unionstat merge 生成，请勿手工修改；重新运行汇总即可重新生成。',
      en: 'unionstat merge writes this file; do not edit it by hand. Run the merge again to rewrite it.',
    },
  },
  'report.out-not-docx': {
    message: { zh: '输出文件必须以 .docx 结尾：{file}', en: 'The output file must end in .docx: {file}' },
    hint: { zh: '例如 --out 报告.docx。', en: 'For example --out report.docx.' },
  },
  'report.out-is-draft': {
    message: { zh: '输出文件 {file} 就是报告草稿本身。', en: 'The output file {file} is the draft itself.' },
    hint: { zh: '草稿不会被改动，请为填好的报告另起一个文件名。', en: 'The draft is never changed: give the filled report a name of its own.' },
  },
  'report.out-dir-missing': {
    message: { zh: '输出文件夹不存在：{dir}', en: 'The output folder does not exist: {dir}' },
    hint: { zh: '请先建立该文件夹，或改用已有的文件夹。', en: 'Create the folder first, or use one that exists.' },
  },
  'report.draft-missing': {
    message: { zh: '找不到报告草稿 {file}。', en: 'The draft {file} does not exist.' },
    hint: { zh: '请检查 --draft 后的文件路径。', en: 'Check the path after --draft.' },
  },
};

/** Texts of charts and captions in the reports. */
export const reportLabels = {
  /** A rate by unit: 各单位建会率. */
  rateByUnit: { zh: '各单位{name}', en: '{name} by unit' },
  rateByKind: { zh: '各类别{name}', en: '{name} by category' },
  /** The federation's own rate as the reference line: 全市 92.3%. */
  reference: { zh: '{scope} {value}', en: '{scope} {value}' },
  yearOnYear: { zh: '主要指标同比增减', en: 'Change on last year, headline figures' },
  fundsByPart: { zh: '{name}构成', en: '{name} by part' },
  submissions: { zh: '各单位报送情况', en: 'Submissions by status' },
  unitsCount: { zh: '{count}个', en: '{count}' },
  /** Below each picture, numbered per report. */
  caption: { zh: '图{number} {title}', en: 'Figure {number}. {title}' },
  /** The by-unit table's head and its rows. */
  unitColumn: { zh: '单位', en: 'Unit' },
  subtotal: { zh: '{kind}小计', en: '{kind} subtotal' },
  total: { zh: '合计', en: 'Total' },
  /** Growth of a figure in the 同比 chart's axis. */
  growthAxis: { zh: '同比（%）', en: 'Change (%)' },
  written: { zh: '已生成报告：{file}', en: 'Report written: {file}' },
  command: { zh: '用汇总结果填写报告草稿', en: "fill the writer's own draft with a merge's figures" },
  draftOption: { zh: '报告草稿（.docx，含 {建会率} 等占位符）', en: 'the draft (.docx with placeholders such as {建会率})' },
  fromOption: { zh: 'unionstat merge 的输出文件夹', en: 'the output folder of unionstat merge' },
  outOption: { zh: '填好的报告（.docx）', en: 'the filled report (.docx)' },
  nothingWritten: { zh: '报告草稿有 {count} 处问题，未写入任何文件。', en: 'The draft has {count} problem(s); nothing was written.' },
} satisfies Record<string, LocalizedText>;
