import type { MessageEntry } from './message-entry.js';

/** Problems of a roster file (CSV or xlsx), each named with its line where it has one. */
export const rosterMessages: Record<string, MessageEntry> = {
  'roster.not-csv': {
    message: { zh: '名册不是有效的 CSV 文件（{reason}）。', en: 'The roster is not a valid CSV file ({reason}).' },
    hint: { zh: '请用 Excel 或 WPS 打开名册，另存为“CSV（逗号分隔）”或 .xlsx。', en: 'Open the roster in Excel or WPS and save it as CSV (comma delimited) or .xlsx.' },
  },
  'roster.unknown-type': {
    message: { zh: '名册文件 {file} 既不是 CSV 也不是 .xlsx。', en: 'The roster file {file} is neither CSV nor .xlsx.' },
    hint: { zh: '名册请保存为 .csv 或 .xlsx 文件。', en: 'Save the roster as a .csv or .xlsx file.' },
  },
  'roster.no-visible-sheet': {
    message: { zh: '名册工作簿中没有可见的工作表。', en: 'The roster workbook has no visible sheet.' },
    hint: { zh: '请取消隐藏名册所在的工作表，或另存为 CSV。', en: 'Unhide the sheet holding the roster, or save it as CSV.' },
  },
  'roster.empty': {
    message: { zh: '名册是空的。', en: 'The roster is empty.' },
    hint: { zh: '第 1 行为表头（代码、名称、上级、类别），其后每行一个单位。', en: 'Line 1 is the header (代码, 名称, 上级, 类别), then one unit per line.' },
  },
  'roster.missing-columns': {
    message: { zh: '第 1 行应为表头，缺少列：{columns}。', en: 'Line 1 must be the header; missing columns: {columns}.' },
    hint: { zh: '表头可用：代码、名称、上级、类别，以及本级行的填报人、联系电话、单位负责人。', en: 'Header names: 代码, 名称, 上级, 类别 (code, name, parent, kind), and 填报人, 联系电话, 单位负责人 for the 本级 row.' },
  },
  'roster.two-self': {
    message: { zh: '名册中有多行“本级”，只能有一行。', en: 'The roster has more than one 本级 (federation) row.' },
    hint: { zh: '只保留本会自己的一行，类别填“本级”。', en: 'Keep one row for the federation itself, kind 本级.' },
  },
  'roster.no-self': {
    message: { zh: '名册缺少“本级”行。', en: 'The roster has no 本级 row.' },
    hint: { zh: '加一行本会自己的代码和名称，类别填“本级”（可同时填填报人、联系电话、单位负责人）。', en: "Add a row with the federation's own code and name and kind 本级 (with its 填报人, 联系电话, 单位负责人 if you like)." },
  },
  'roster.self-incomplete': {
    message: { zh: '“本级”行缺少代码或名称。', en: 'The 本级 row lacks its code or name.' },
    hint: { zh: '填写本会自己的单位代码和名称。', en: "Fill in the federation's own code and name." },
  },
  'roster.code-empty': {
    message: { zh: '单位代码为空。', en: 'The unit code is empty.' },
    hint: { zh: '填写该单位报表表头中的单位代码。', en: "Fill in the code the unit writes in its workbook's header." },
  },
  'roster.name-empty': {
    message: { zh: '单位名称为空。', en: 'The unit name is empty.' },
    hint: { zh: '填写单位名称。', en: 'Fill in the unit name.' },
  },
  'roster.kind-empty': {
    message: { zh: '类别为空。', en: 'The kind (类别) is empty.' },
    hint: { zh: '填写类别，如 县区、直属、产业（省级名册如 市、省直、产业）；本会自己一行填“本级”。', en: 'Fill in the kind, e.g. 县区, 直属, 产业 (a province: 市, 省直, 产业); 本级 for the federation itself.' },
  },
  'roster.too-long': {
    message: { zh: '{field}“{value}”过长（最多 {max} 个字符）。', en: '{field} "{value}" is too long (at most {max} characters).' },
    hint: { zh: '请检查该单元格是否误填了其他内容。', en: 'Check the cell for text pasted by mistake.' },
  },
  'roster.duplicate-code': {
    message: { zh: '单位代码 {code} 重复（第 {first} 行已有）。', en: 'Unit code {code} repeats line {first}.' },
    hint: { zh: '每个单位只列一次；代码应与其报表表头一致。', en: "List each unit once; its code is the one in its workbook's header." },
  },
  'roster.no-units': {
    message: { zh: '名册中没有需要报送的单位。', en: 'The roster lists no units.' },
    hint: { zh: '在“本级”行之后逐行列出需要报送的单位。', en: 'List the units that must submit, one per line, besides the 本级 row.' },
  },
};
