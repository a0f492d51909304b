import type { MessageEntry } from './message-entry.js';

/** Whole-file refusals: the file cannot be read as a workbook at all. `{file}` is the file name. */
export const fileMessages: Record<string, MessageEntry> = {
  'file.empty': {
    message: { zh: '文件 {file} 是空文件（0 字节）。', en: 'File {file} is empty (0 bytes).' },
    hint: { zh: '请重新从 Excel 保存并发送该文件。', en: 'Save the file again from Excel and resend it.' },
  },
  'file.not-zip': {
    message: { zh: '文件 {file} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）。', en: 'File {file} is not an .xlsx workbook.' },
    hint: { zh: '请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿 (*.xlsx)。', en: 'Open it in Excel or WPS and "Save As" Excel Workbook (*.xlsx).' },
  },
  'file.truncated': {
    message: { zh: '文件 {file} 不完整（压缩包被截断），无法读取。', en: 'File {file} is incomplete (a truncated archive) and cannot be read.' },
    hint: { zh: '可能是邮件附件未下载完整，请让填报单位重新发送。', en: 'The attachment may not have downloaded fully; ask the unit to resend it.' },
  },
  'file.not-workbook': {
    message: { zh: '文件 {file} 是压缩包，但不是 Excel 工作簿（缺少 {part}）。', en: 'File {file} is a zip archive but not an Excel workbook (no {part}).' },
    hint: { zh: '请确认发送的是统计表本身，并用 Excel 另存为 .xlsx。', en: 'Check that the statistics workbook itself was sent, saved as .xlsx.' },
  },
  'file.xls-binary': {
    message: { zh: '文件 {file} 是旧版 Excel 97-2003 格式 (.xls)，本系统只读取 .xlsx。', en: 'File {file} is an old Excel 97-2003 workbook (.xls); only .xlsx is read.' },
    hint: { zh: '请在 Excel 中“另存为” Excel 工作簿 (*.xlsx) 后重新报送。', en: 'In Excel, "Save As" Excel Workbook (*.xlsx) and resubmit.' },
  },
  'file.wps-et': {
    message: { zh: '文件 {file} 是 WPS 表格格式 (.et)，本系统只读取 .xlsx。', en: 'File {file} is a WPS spreadsheet (.et); only .xlsx is read.' },
    hint: { zh: '请在 WPS 中“另存为” Excel 工作簿 (*.xlsx) 后重新报送。', en: 'In WPS, "Save As" Excel Workbook (*.xlsx) and resubmit.' },
  },
  'file.encrypted': {
    message: { zh: '文件 {file} 设置了打开密码（已加密），无法读取。', en: 'File {file} is password-protected (encrypted) and cannot be read.' },
    hint: { zh: '请取消文件的打开密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新报送。', en: 'Remove the open password (File → Info → Protect Workbook → Encrypt with Password, clear it) and resubmit.' },
  },
  'file.ods': {
    message: { zh: '文件 {file} 是 OpenDocument 表格 (.ods)，本系统只读取 .xlsx。', en: 'File {file} is an OpenDocument spreadsheet (.ods); only .xlsx is read.' },
    hint: { zh: '请在 LibreOffice/WPS 中“另存为” Excel 2007-365 (.xlsx)。', en: 'Save it as Excel 2007-365 (.xlsx) in LibreOffice or WPS.' },
  },
  'file.text-not-workbook': {
    message: { zh: '文件 {file} 是文本文件（如 CSV），不是 .xlsx 工作簿，只是扩展名被改成了 .xlsx。', en: 'File {file} is a text file (such as CSV) renamed to .xlsx, not a workbook.' },
    hint: { zh: '请用统计表模板填报，并在 Excel 中保存为 .xlsx。', en: 'Fill in the template and save it as .xlsx in Excel.' },
  },
  'file.zip-bomb': {
    message: { zh: '文件 {file} 的各部件解压后共 {declared}，超过上限 {limit}（疑似“压缩炸弹”），已拒绝读取。', en: 'The parts of file {file} inflate to {declared} in all, over the limit of {limit} (a suspected zip bomb); refused.' },
    hint: { zh: '正常的统计表不会这么大。请检查文件来源，或让填报单位重新保存后发送。', en: 'A normal template is far smaller. Check where the file came from, or ask the unit to re-save and resend.' },
  },
  'file.too-large': {
    message: { zh: '文件 {file} 大小为 {size}，超过上限 {limit}。', en: 'File {file} is {size}, over the limit of {limit}.' },
    hint: { zh: '统计表通常小于 1 MB。请删除无关的工作表、图片后重新保存。', en: 'A template is usually under 1 MB. Remove unrelated sheets and pictures and save again.' },
  },
  'file.xml-doctype': {
    message: { zh: '文件 {file} 的 {part} 含有 DOCTYPE/实体声明，可能是恶意构造的文件，已拒绝读取。', en: 'File {file} has a DOCTYPE/entity declaration in {part}; it may be crafted maliciously and was refused.' },
    hint: { zh: 'Excel 和 WPS 保存的文件不会含有这种内容。请让填报单位用 Excel 重新保存后发送。', en: 'Files saved by Excel or WPS never contain this. Ask the unit to re-save it in Excel and resend.' },
  },
  'file.sheet-too-large': {
    message: { zh: '文件 {file} 的工作表“{sheet}”声明了 {rows} 行，超过上限 {limit} 行。', en: 'Sheet "{sheet}" of {file} claims {rows} rows, over the limit of {limit}.' },
    hint: { zh: '请删除表格下方多余的空行或格式后重新保存。', en: 'Delete the surplus rows or formatting below the table and save again.' },
  },
  'file.sheet-too-wide': {
    message: { zh: '文件 {file} 的工作表“{sheet}”使用到第 {cols} 列，超过上限 {limit} 列。', en: 'Sheet "{sheet}" of {file} reaches column {cols}, over the limit of {limit}.' },
    hint: { zh: '请删除表格右侧多余的列或格式后重新保存。', en: 'Delete the surplus columns or formatting to the right of the table and save again.' },
  },
  'file.string-too-long': {
    message: { zh: '文件 {file} 的 {part} 中有一段文字长 {length} 个字符，超过 Excel 单元格上限 {limit}，已拒绝读取。', en: 'Part {part} of {file} holds a text of {length} characters, over the Excel cell limit of {limit}; refused.' },
    hint: { zh: 'Excel 和 WPS 保存的文件不会出现这种情况。请让填报单位用 Excel 重新保存后发送。', en: 'Excel and WPS never save such a file. Ask the unit to re-save it in Excel and resend.' },
  },
  'file.malformed-xml': {
    message: { zh: '文件 {file} 的 {part} 不是格式正确的 XML，无法读取。', en: 'Part {part} of {file} is not well-formed XML and cannot be read.' },
    hint: { zh: '请在 Excel 中打开该文件（Excel 会尝试修复），再另存为 .xlsx 后重新报送。', en: 'Open the file in Excel (it will try to repair it), save it as .xlsx and resubmit.' },
  },
  'file.lock-file': {
    message: { zh: '{file} 是 Office 打开文件时生成的临时锁定文件，不是报表，已跳过。', en: '{file} is an Office lock file created while a workbook is open, not a submission; skipped.' },
    hint: { zh: '无需处理；如需报送，请发送不带“~$”前缀的原文件。', en: 'Nothing to do; send the original file without the "~$" prefix.' },
  },
  'file.unreadable': {
    message: { zh: '文件 {file} 无法读取。', en: 'File {file} cannot be read.' },
    hint: { zh: '请在 Excel 中打开并另存为 .xlsx 后重新报送；如仍有问题，请联系市总工会统计人员。', en: 'Open it in Excel, save as .xlsx and resubmit; if it still fails, contact the federation statistician.' },
  },
};
