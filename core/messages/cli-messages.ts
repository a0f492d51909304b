import type { LocalizedText } from '../spec/template-spec.js';
import { renderText } from './render-text.js';

/**
 * What the `unionstat` command line says in its own voice (option errors,
 * help, output and roster problems), Chinese first. Placeholders are filled by
 * cliText; a code missing here is a programmer error a test catches.
 */
export const cliMessages = {
  'cli.use-format': {
    zh: '“{value}”的格式应为 单位代码=文件路径，例如 --use 990104=报表/丁区-2.xlsx',
    en: '"{value}" should be CODE=PATH, e.g. --use 990104=reports/unit-2.xlsx',
  },
  'cli.use-twice': {
    zh: '单位 {unitCode} 选定了不止一个文件，每个单位只能选定一个',
    en: 'unit {unitCode} is given more than one file; choose one per unit',
  },
  'cli.use-not-input': {
    zh: '--use 选定的文件 {path} 不在报表文件夹中（或不是工作簿）。请选定报表文件夹中的文件。',
    en: 'The file {path} given with --use is not among the submissions (or is not a workbook). Choose a file from the input folder.',
  },
  'cli.use-unreadable': {
    zh: '无法读取 --use 选定的文件 {path}。',
    en: 'Cannot read the file {path} given with --use.',
  },

  // Help: titles, the words commander prints, and every command's and option's description.
  'help.usage': { zh: '用法：', en: 'Usage:' },
  'help.options': { zh: '选项：', en: 'Options:' },
  'help.global-options': { zh: '全局选项：', en: 'Global Options:' },
  'help.commands': { zh: '命令：', en: 'Commands:' },
  'help.arguments': { zh: '参数：', en: 'Arguments:' },
  'help.options-word': { zh: '[选项]', en: '[options]' },
  'help.command-word': { zh: '[命令]', en: '[command]' },
  'help.default': { zh: '（默认：{value}）', en: '(default: {value})' },
  'help.help': { zh: '显示帮助', en: 'display help' },
  'help.help-command': { zh: '显示某个命令的帮助', en: 'display help for a command' },
  'help.program': { zh: '工会统计助手：审核、汇总工会统计报表', en: 'Union Stats: check and merge union statistics workbooks' },
  'help.lang': { zh: '提示语言：zh 为中文，en 为英文', en: 'message language: zh (Chinese) or en (English)' },
  'help.debug': { zh: '出现意外错误时显示调用栈', en: 'show the stack on unexpected errors' },
  'help.check': { zh: '审核报表：强制性错误、提示性问题，指出单元格和改法', en: 'check submissions: hard and soft issues, with the cell and the fix' },
  'help.arg.paths': { zh: '报表', en: 'paths' },
  'help.arg.file': { zh: '文件', en: 'file' },
  'help.check.paths': { zh: '报表文件或文件夹', en: 'workbook files or folders' },
  'help.check.roster': { zh: '名册（CSV 文件），用于核对单位代码', en: 'roster CSV to check unit codes' },
  'help.check.year': { zh: '本次收集的统计年度', en: 'year of the collection' },
  'help.check.report': { zh: '写出审核结果工作簿（xlsx）', en: 'write the 审核结果 workbook' },
  'help.merge': { zh: '审核并汇总各单位报表，计算同比，生成汇总表和报告语句', en: 'check and merge submissions, compute 同比, write the summary' },
  'help.merge.roster': { zh: '名册（CSV 文件：代码,名称,上级,类别）', en: 'roster CSV (code, name, parent, kind)' },
  'help.merge.in': { zh: '报表所在文件夹（可多个）', en: 'folder(s) of submissions' },
  'help.merge.out': { zh: '输出文件夹', en: 'output folder' },
  'help.merge.prior': { zh: '上年报表所在文件夹，或上年汇总表', en: 'last year\'s submissions or summary' },
  'help.merge.year': { zh: '统计年度（默认：按报表中写明的年度）', en: 'year (default: the one the files name)' },
  'help.merge.jobs': { zh: '并行读取的线程数（默认：50 个文件以上每核一个）', en: 'reader threads (default: one per core from 50 files)' },
  'help.merge.preparer': { zh: '汇总表的填报人', en: 'preparer of the summary' },
  'help.merge.phone': { zh: '汇总表的联系电话', en: 'phone on the summary' },
  'help.merge.head': { zh: '汇总表的单位负责人', en: 'head of the federation' },
  'help.merge.use': {
    zh: '单位报送了多个数据不同的文件时，选定计入汇总的文件；可多次使用',
    en: 'the file that counts for a unit that sent differing files; repeatable',
  },
  'help.cells': { zh: '逐个单元格显示读取结果：值、类型、公式、数字格式', en: 'show what the reader saw, cell by cell' },
  'help.cells.file': { zh: '工作簿文件', en: 'workbook file' },
  'help.cells.sheet': { zh: '只显示该工作表', en: 'only this sheet' },
  'help.template': { zh: '生成空白统计表模板', en: 'write the blank template workbook' },
  'help.template.spec': { zh: '模板规格（JSON 文件；默认：标准模板第 1 版）', en: 'template spec JSON (default: standard v1)' },
  'help.template.out': { zh: '要生成的模板文件（xlsx）', en: 'the template file to write' },
  'help.period': { zh: '统计期：年报 或 上半年', en: 'period: 年报 or 上半年' },
  'help.spec': { zh: '模板规格（JSON 文件；默认：标准模板）', en: 'template spec JSON (default: the standard template)' },
  'help.json': { zh: '以 JSON 格式输出', en: 'machine-readable output' },
  'help.reader': { zh: '读取方式：fast 或 exceljs', en: 'workbook reader: fast or exceljs' },

  // What commander finds wrong on the command line, worded here (see commanderErrorText).
  'cli.invalid-options': { zh: '参数有误：', en: 'Invalid options:' },
  'cli.missing-option': { zh: '缺少必填的选项 {option}。', en: 'Required option {option} is missing.' },
  'cli.missing-option-value': { zh: '选项 {option} 后面缺少取值。', en: 'Option {option} needs a value.' },
  'cli.missing-argument': { zh: '缺少必填的参数 {argument}。', en: 'Missing the argument {argument}.' },
  'cli.unknown-option': { zh: '没有选项 {option}。', en: 'Unknown option {option}.' },
  'cli.unknown-command': { zh: '没有命令 {command}。', en: 'Unknown command {command}.' },
  'cli.excess-arguments': { zh: '参数过多。', en: 'Too many arguments.' },
  'cli.bad-command-line': { zh: '命令行有误。', en: 'The command line is not valid.' },
  'cli.did-you-mean': { zh: '是否要输入 {suggestion}？', en: 'Did you mean {suggestion}?' },
  'cli.see-help': { zh: '运行 {command} --help 查看用法。', en: 'Run {command} --help for usage.' },

  // Outputs that cannot be replaced.
  'cli.output-locked': {
    zh: '无法替换输出文件 {file}：该文件正被其他程序打开（多半是 Excel 或 WPS）。请在 Excel 中关闭该文件后重新运行。输出文件夹 {dir} 中原有的文件均未改动。',
    en: 'Cannot replace the output {file}: another program has it open (most likely Excel or WPS). Close it in Excel and run again. The files already in {dir} are unchanged.',
  },
  'cli.file-locked': {
    zh: '无法写入文件 {file}：该文件正被其他程序打开，或没有写入权限。请在 Excel 中关闭该文件（或换一个位置）后重新运行。',
    en: 'Cannot write {file}: another program has it open, or it may not be written. Close it in Excel (or choose another place) and run again.',
  },

  // A roster that is not a roster (core/roster/parse-roster-csv).
  'roster.xlsx-not-csv': {
    zh: '这是 Excel 工作簿（xlsx），不是 CSV 文本。请在 Excel 中打开名册，另存为“CSV（逗号分隔）”后再用。',
    en: 'This is an Excel workbook (xlsx), not CSV text. Open the roster in Excel and save it as "CSV (Comma delimited)".',
  },
  'roster.not-text': {
    zh: '这不是文本格式的名册（可能是其他格式的文件，或文件已损坏）。名册应为 CSV 文本，第 1 行为表头：代码,名称,上级,类别。',
    en: 'This is not a text roster (another kind of file, or a damaged one). A roster is CSV text headed: 代码,名称,上级,类别.',
  },
  'roster.csv-quote': {
    zh: '本行的双引号不配对，CSV 格式有误。请检查本行的引号，或在 Excel 中打开名册重新另存为“CSV（逗号分隔）”。',
    en: 'The quotes on this line do not pair up. Check them, or open the roster in Excel and save it as CSV again.',
  },
  'roster.csv-invalid': {
    zh: '本行不是有效的 CSV 格式。请在 Excel 中打开名册，重新另存为“CSV（逗号分隔）”。',
    en: 'This line is not valid CSV. Open the roster in Excel and save it as "CSV (Comma delimited)" again.',
  },
  'roster.empty': { zh: '名册是空的。', en: 'The roster is empty.' },
  'roster.missing-columns': {
    zh: '第 1 行应为表头，缺少列：{columns}（表头可用：代码、名称、上级、类别）。',
    en: 'Line 1 must be the header; missing columns: {columns} (代码, 名称, 上级, 类别 or code, name, parent, kind).',
  },
  'roster.two-self': { zh: '名册中有多行“本级”，只能有一行。', en: 'More than one 本级 (federation) row.' },
  'roster.no-self': {
    zh: '名册缺少“本级”行（本会自己的代码和名称，类别填“本级”）。',
    en: 'The roster has no 本级 row (the federation\'s own code and name, kind 本级).',
  },
  'roster.code-repeats': { zh: '单位代码 {code} 重复（第 {first} 行已有）。', en: 'Unit code {code} repeats line {first}.' },
  'roster.field-too-long': { zh: '{field}过长（最多 {maximum} 个字符）。', en: '{field} is too long (at most {maximum} characters).' },
  'roster.field-invalid': { zh: '{field}填写有误。', en: '{field} is not valid.' },
  'roster.field.code': { zh: '单位代码', en: 'The unit code' },
  'roster.field.name': { zh: '单位名称', en: 'The unit name' },
  'roster.field.parent': { zh: '上级代码', en: 'The parent code' },
  'roster.field.kind': { zh: '类别', en: 'The kind' },
  'roster.column.code': { zh: '代码', en: 'code' },
  'roster.column.name': { zh: '名称', en: 'name' },
  'roster.column.kind': { zh: '类别', en: 'kind' },
} satisfies Record<string, LocalizedText>;

export type CliMessageCode = keyof typeof cliMessages;

/** A command-line text in both languages, placeholders filled. */
export function cliText(code: CliMessageCode, params: Record<string, string | number | null | undefined> = {}): LocalizedText {
  return renderText(cliMessages[code], params);
}
