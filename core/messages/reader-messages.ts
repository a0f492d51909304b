import type { MessageEntry } from './message-entry.js';

const RESAVE = {
  zh: '请让填报单位在 Excel 或 WPS 中打开该文件，另存为 Excel 工作簿 (*.xlsx) 后重新发送。',
  en: 'Ask the unit to open the file in Excel or WPS, save it as an Excel workbook (*.xlsx) and resend it.',
};
const RESEND = {
  zh: '可能是传输中损坏或未下载完整，请让填报单位重新发送原文件；如仍有问题，请在 Excel 中另存为 .xlsx。',
  en: 'It may have been damaged or cut off in transfer; ask the unit to resend the original, or re-save it as .xlsx in Excel.',
};
const NOT_EXCEL = {
  zh: 'Excel 和 WPS 保存的文件不会这样写。请让填报单位用 Excel 重新保存后发送。',
  en: 'Excel and WPS never write this. Ask the unit to re-save the file in Excel and resend it.',
};

/**
 * Each fault the guarded reader (core/xlsx) and the file layer can find, in its
 * own words: `{file}` is the file name, `{part}` the package part, `{sheet}`
 * and `{cell}` where there is one. No placeholder carries text from a library
 * or the system, so a Chinese message stays Chinese.
 */
export const readerMessages: Record<string, MessageEntry> = {
  'file.zip-damaged': {
    message: { zh: '文件 {file} 的压缩包已损坏（{part} 处的数据无法解压），无法读取。', en: 'File {file} is a damaged archive (the data at {part} cannot be inflated).' },
    hint: RESEND,
  },
  'file.zip-directory-damaged': {
    message: { zh: '文件 {file} 的压缩包目录已损坏，无法读取。', en: 'The directory of the archive {file} is damaged; it cannot be read.' },
    hint: RESEND,
  },
  'file.zip-checksum': {
    message: { zh: '文件 {file} 已损坏：{part} 的校验和 (CRC) 与数据不符。', en: 'File {file} is damaged: the checksum (CRC) of {part} does not match its data.' },
    hint: RESEND,
  },
  'file.zip-size-mismatch': {
    message: {
      zh: '文件 {file} 已损坏：{part} 解压后的大小与压缩包中记录的 {declared} 不符。',
      en: 'File {file} is damaged: {part} does not inflate to the {declared} the archive records.',
    },
    hint: RESEND,
  },
  'file.zip-method': {
    message: { zh: '文件 {file} 的 {part} 使用了不支持的压缩方式（编号 {method}），无法读取。', en: 'Part {part} of {file} uses an unsupported compression method (number {method}).' },
    hint: RESAVE,
  },
  'file.zip-duplicate-entry': {
    message: {
      zh: '文件 {file} 的压缩包中有两个同名部件“{part}”与“{other}”（名称仅大小写或斜杠不同也算同名），无法确定该读哪一个，已拒绝读取。',
      en: 'File {file} holds two parts with the same name, "{part}" and "{other}" (names differing only in case or slash count as the same); refused, as either could be meant.',
    },
    hint: NOT_EXCEL,
  },
  'file.zip-ratio': {
    message: {
      zh: '文件 {file} 的 {part} 压缩比为 {ratio}:1，超过上限 {limit}:1（疑似“压缩炸弹”），已拒绝读取。',
      en: 'Part {part} of {file} has a compression ratio of {ratio}:1, over the limit of {limit}:1 (a suspected zip bomb); refused.',
    },
    hint: { zh: '正常的统计表不会这样压缩。请检查文件来源，或让填报单位重新保存后发送。', en: 'A normal template never compresses like this. Check where the file came from, or ask the unit to re-save and resend.' },
  },
  'file.part-too-large': {
    message: {
      zh: '文件 {file} 的 {part} 解压后为 {size}，超过单个部件上限 {limit}，已拒绝读取。',
      en: 'Part {part} of {file} inflates to {size}, over the limit of {limit} for one part; refused.',
    },
    hint: { zh: '统计表的这类部件（工作簿目录、样式等）通常不到 1 MB。请在 Excel 中删除多余的格式和样式后重新保存。', en: 'Such a part (the workbook, its styles …) is usually under 1 MB. Delete surplus formatting and styles in Excel and save again.' },
  },
  'file.part-missing': {
    message: { zh: '文件 {file} 的工作表“{sheet}”缺少其数据部件（{part}），无法读取。', en: 'Sheet "{sheet}" of {file} has no data part ({part}).' },
    hint: RESAVE,
  },
  'file.too-many-cells': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”有超过 {limit} 个有内容的单元格，已拒绝读取。',
      en: 'Sheet "{sheet}" of {file} holds more than {limit} cells with content; refused.',
    },
    hint: { zh: '统计表只有几百个数据单元格。请删除表格外多余的内容后重新保存。', en: 'A template holds a few hundred value cells. Delete the surplus content outside the table and save again.' },
  },
  'file.too-many-merges': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”有超过 {limit} 个合并单元格区域，已拒绝读取。',
      en: 'Sheet "{sheet}" of {file} holds more than {limit} merged ranges; refused.',
    },
    hint: { zh: '统计表只有几十个合并单元格。请取消表格外多余的合并后重新保存。', en: 'A template has a few dozen merged ranges. Unmerge the surplus ranges outside the table and save again.' },
  },
  'file.xml-run-too-long': {
    message: {
      zh: '文件 {file} 的 {part} 中有一段超过 {limit} 个字符的连续内容（注释、字符数据段或文字），已拒绝读取。',
      en: '{part} of {file} holds one run (a comment, a CDATA section or text) of more than {limit} characters; refused.',
    },
    hint: {
      zh: 'Excel 和 WPS 不会写出这样的内容。请在 Excel 或 WPS 中打开该文件，另存为 .xlsx 后重新提交。',
      en: 'Excel and WPS never write such a run. Open the file in Excel or WPS, save it as .xlsx again and resend it.',
    },
  },
  'file.too-much-text': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”表格区域内的文字超过 {limit} 个字符，已拒绝读取。',
      en: 'The table area of sheet "{sheet}" of {file} holds more than {limit} characters of text; refused.',
    },
    hint: { zh: '统计表的文字通常只有几千字。请删除表格中多余的长文字后重新保存。', en: 'A template holds a few thousand characters of text. Delete the surplus long text in the table and save again.' },
  },
  'file.bad-cell-ref': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”（{part}）中有一个单元格的位置写成“{ref}”，不是有效的单元格地址，无法确定它在哪里，已拒绝读取。',
      en: 'Sheet "{sheet}" of {file} ({part}) has a cell whose reference "{ref}" is not a valid cell address; refused rather than placed by guess.',
    },
    hint: NOT_EXCEL,
  },
  'file.bad-row-ref': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”（{part}）中有一行的行号写成“{ref}”，不是有效的行号，已拒绝读取。',
      en: 'Sheet "{sheet}" of {file} ({part}) has a row numbered "{ref}", which is not a valid row number; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.cell-row-mismatch': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”（{part}）中单元格 {cell} 写在第 {row} 行之内，位置自相矛盾，已拒绝读取。',
      en: 'Sheet "{sheet}" of {file} ({part}) lists cell {cell} inside row {row}: its position contradicts itself; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.bad-number': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 保存的数值“{text}”不是有效的数字写法，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} stores "{text}", which is not a valid number; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.number-out-of-range': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 保存的数值“{text}”超出了数字的表示范围，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} stores "{text}", a number out of range; refused.',
    },
    hint: { zh: '请检查该单元格的数值，改正后在 Excel 中重新保存。', en: 'Check the value in that cell, correct it and save again in Excel.' },
  },
  'file.bad-boolean': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 是逻辑值，但保存的是“{text}”，不是 0 或 1，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} is a boolean but stores "{text}", not 0 or 1; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.bad-cell-type': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 标注了未知的类型“{type}”，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} is marked with an unknown type "{type}"; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.bad-shared-string-index': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 引用共享字符串的编号写成“{text}”，不是非负整数，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} refers to shared string "{text}", which is not a non-negative integer; refused.',
    },
    hint: NOT_EXCEL,
  },
  'file.shared-string-missing': {
    message: {
      zh: '文件 {file} 的工作表“{sheet}”单元格 {cell} 引用了第 {index} 号共享字符串，但共享字符串表只有 {count} 项，已拒绝读取。',
      en: 'Cell {cell} of sheet "{sheet}" in {file} refers to shared string {index}, but the table holds only {count}; refused.',
    },
    hint: RESEND,
  },
  'file.not-found': {
    message: { zh: '找不到文件 {file}。', en: 'File {file} does not exist.' },
    hint: { zh: '请检查文件名和路径。', en: 'Check the file name and path.' },
  },
  'file.is-folder': {
    message: { zh: '{file} 是一个文件夹，不是工作簿文件。', en: '{file} is a folder, not a workbook file.' },
    hint: { zh: '请给出文件夹中的 .xlsx 文件，或把文件夹交给 check/merge 命令。', en: 'Name an .xlsx file in it, or give the folder to check/merge.' },
  },
  'file.no-permission': {
    message: { zh: '没有读取文件 {file} 的权限。', en: 'No permission to read file {file}.' },
    hint: { zh: '请检查文件权限，或把文件复制到自己的文件夹后再试。', en: 'Check the file permissions, or copy the file to a folder of your own and try again.' },
  },
  'file.read-failed': {
    message: { zh: '读取文件 {file} 时系统出错（错误代码 {errno}）。', en: 'The system could not read file {file} (error code {errno}).' },
    hint: { zh: '请把文件复制到本机硬盘后重试。', en: 'Copy the file to a local disk and try again.' },
  },
  'file.not-regular': {
    message: {
      zh: '{file} 不是普通文件（是管道、设备或套接字），已跳过。',
      en: '{file} is not a regular file (it is a pipe, device or socket); skipped.',
    },
    hint: { zh: '请只给出保存在磁盘上的 .xlsx 文件。', en: 'Give only .xlsx files saved on disk.' },
  },
  'file.exceljs-refused': {
    message: { zh: '文件 {file} 无法读取：{reasonZh}。', en: 'File {file} cannot be read: {reasonEn}.' },
    hint: RESAVE,
  },
  'file.reader-fault': {
    message: { zh: '读取文件 {file} 时程序内部出错，未能读取。', en: 'An internal error stopped the reading of file {file}.' },
    hint: { zh: '请把该文件和运行记录发给系统维护人员。', en: 'Send the file and the run record to the maintainers.' },
  },
  'cli.output-disk-full': {
    message: { zh: '无法写出结果：磁盘已满。', en: 'Could not write the output: the disk is full.' },
    hint: { zh: '请清理磁盘空间后重新运行。', en: 'Free some disk space and run again.' },
  },
  'cli.output-write-failed': {
    message: { zh: '无法写出结果（系统错误代码 {errno}）。', en: 'Could not write the output (system error code {errno}).' },
    hint: { zh: '请检查输出位置是否可写后重新运行。', en: 'Check that the output can be written and run again.' },
  },
};
