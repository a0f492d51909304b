import type { LocalizedText } from '../spec/template-spec.js';
import { renderText } from './render-text.js';

/**
 * What the `unionstat` command line says in its own voice (option errors,
 * help, output problems), Chinese first. Placeholders are filled by
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
  'help.merge.roster': { zh: '名册，CSV 或 xlsx 文件（代码,名称,上级,类别）', en: 'roster, CSV or .xlsx (code, name, parent, kind)' },
  'help.merge.in': { zh: '报表所在文件夹（可多个）', en: 'folder(s) of submissions' },
  'help.merge.out': { zh: '输出文件夹', en: 'output folder' },
  'help.merge.prior': { zh: '上年报表所在文件夹，或上年汇总表', en: 'last year\'s submissions or summary' },
  'help.merge.year': { zh: '统计年度（默认：按报表中写明的年度）', en: 'year (default: the one the files name)' },
  'help.merge.jobs': { zh: '并行读取的线程数（默认：50 个文件以上每核一个）', en: 'reader threads (default: one per core from 50 files)' },
  'help.merge.preparer': { zh: '汇总表的填报人（默认取名册“本级”行）', en: 'preparer of the summary (default: the roster\'s 本级 row)' },
  'help.merge.phone': { zh: '汇总表的联系电话（默认取名册“本级”行）', en: 'phone on the summary (default: the roster\'s 本级 row)' },
  'help.merge.feedback': {
    zh: '同时生成给各单位的审核意见和催报、退改清单（写入输出文件夹下的“审核意见”文件夹）',
    en: 'also write each unit\'s feedback and the chase list (into the 审核意见 folder under --out)',
  },
  'help.merge.spec': { zh: '模板规格（JSON 文件或指标体系 xlsx；默认：标准模板第 1 版）', en: 'template spec JSON or workbook (default: standard v1)' },
  'help.merge.head': { zh: '汇总表的单位负责人', en: 'head of the federation' },
  'help.merge.use': {
    zh: '单位报送了多个数据不同的文件时，选定计入汇总的文件；可多次使用',
    en: 'the file that counts for a unit that sent differing files; repeatable',
  },
  'help.cells': { zh: '逐个单元格显示读取结果：值、类型、公式、数字格式', en: 'show what the reader saw, cell by cell' },
  'help.cells.file': { zh: '工作簿文件', en: 'workbook file' },
  'help.cells.sheet': { zh: '只显示该工作表', en: 'only this sheet' },
  'help.template': { zh: '生成空白统计表模板，或按名册生成各单位预置模板', en: 'write the blank template, or one pre-filled template per roster unit' },
  'help.template.roster': { zh: '名册：为其中每个单位生成预置模板，--out 为文件夹', en: 'roster: one pre-filled template per unit, --out is a folder' },
  'help.template.prior': { zh: '上年汇总表或上年报表文件夹：预置上年数', en: 'last year\'s 汇总表.xlsx or submissions folder: pre-fills 上年' },
  'help.template.year': { zh: '统计年度（与 --roster 一起使用）', en: 'year (with --roster)' },
  'help.template.period': { zh: '统计期，默认年报', en: 'period, 年报 by default' },
  'help.template.spec': { zh: '模板规格（JSON 文件；默认：标准模板第 1 版）', en: 'template spec JSON (default: standard v1)' },
  'help.template.out': { zh: '要生成的模板文件（xlsx），或（与 --roster 一起）模板文件夹', en: 'the template file, or (with --roster) the folder' },
  'help.spec-command': { zh: '检查指标体系（指标体系 xlsx 或规格 JSON 文件），并可互相转换', en: 'check a spec workbook or JSON, and convert between them' },
  'help.spec-command.file': { zh: '指标体系 xlsx 或规格 JSON 文件', en: 'the spec workbook or JSON' },
  'help.spec-command.out': { zh: '写出 JSON 或 xlsx 文件', en: 'write the spec as .json or .xlsx' },
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

} satisfies Record<string, LocalizedText>;

export type CliMessageCode = keyof typeof cliMessages;

/** A command-line text in both languages, placeholders filled. */
export function cliText(code: CliMessageCode, params: Record<string, string | number | null | undefined> = {}): LocalizedText {
  return renderText(cliMessages[code], params);
}
