import type { CellNoteCode } from '../cells/cell-reading.js';
import type { MessageEntry } from './message-entry.js';

/**
 * One entry per cell note code (core/cells). Placeholders: `{text}` what the
 * cell showed, `{value}` what was read; makeIssue adds `{indicator}`, `{cell}`, `{sheet}`.
 */
export const cellMessages: Record<CellNoteCode, MessageEntry> = {
  'cell.number-as-text': {
    message: { zh: '{cell} 的数字“{text}”以文本形式保存，已按 {value} 读取。', en: 'The number "{text}" in {cell} is stored as text; read as {value}.' },
    hint: { zh: '可在 Excel 中选中该单元格，点击左上角的绿色三角“转换为数字”。', en: 'Select the cell in Excel and use "Convert to Number" from the green triangle.' },
  },
  'cell.thousands-separator': {
    message: { zh: '{cell} 的“{text}”含千位分隔符，已按 {value} 读取。', en: '"{text}" in {cell} has thousands separators; read as {value}.' },
    hint: { zh: '请直接填写数字（不要输入逗号），需要分隔符时用单元格格式显示。', en: 'Type the plain number without commas; use cell formatting to show separators.' },
  },
  'cell.full-width': {
    message: { zh: '{cell} 的“{text}”含全角数字或符号，已按 {value} 读取。', en: '"{text}" in {cell} has full-width digits or signs; read as {value}.' },
    hint: { zh: '请切换到半角（英文）输入法后填写数字。', en: 'Switch the input method to half-width (English) to type numbers.' },
  },
  'cell.trimmed': {
    message: { zh: '{cell} 的“{text}”前后有空格，已去掉空格按 {value} 读取。', en: '"{text}" in {cell} has spaces around it; read as {value}.' },
    hint: { zh: '请删除数字前后的空格。', en: 'Delete the spaces around the number.' },
  },
  'cell.percent-text': {
    message: { zh: '{cell} 的“{text}”是文本形式的百分数，已按 {value}% 读取。', en: '"{text}" in {cell} is a percentage typed as text; read as {value}%.' },
    hint: { zh: '比率栏直接填写百分数的数值（如 92.3），不要输入“%”。', en: 'In a rate cell type the percentage as a number (e.g. 92.3) without "%".' },
  },
  'cell.percent-format': {
    message: { zh: '{cell} 设置了百分比格式，已按 {value}% 读取。', en: '{cell} has a percent number format; read as {value}%.' },
    hint: { zh: '比率栏可保持模板原有格式，直接填写百分数的数值。', en: 'Keep the template\'s format in rate cells and type the percentage as a number.' },
  },
  'cell.wan-scaled': {
    message: { zh: '{cell} 填写了“{text}”，已按 {text} = {value} 读取。', en: '{cell} holds "{text}"; read as {text} = {value}.' },
    hint: { zh: '请直接填写数字（如 {value}），不要带“万”字。', en: 'Type the plain number (e.g. {value}) without "万".' },
  },
  'cell.none-marker': {
    message: { zh: '{cell} 填写了“{text}”，按“无”读取（合计时计为 0）。', en: '{cell} holds "{text}", read as "none" (counted as 0 in sums).' },
    hint: { zh: '没有数据时请填 0；确实不适用时可留空并在说明栏注明。', en: 'Type 0 when there is nothing to report; if it does not apply, leave it empty and say why in the explanation.' },
  },
  'cell.unit-text': {
    message: { zh: '{cell} 的“{text}”带有单位“{unit}”，已按 {value} 读取。', en: '"{text}" in {cell} includes the unit "{unit}"; read as {value}.' },
    hint: { zh: '单位已在“计量单位”栏中注明，单元格中只填数字。', en: 'The unit is given in the unit column; type only the number in the cell.' },
  },
  'cell.uncached-formula': {
    message: { zh: '{cell} 的公式没有计算结果，请在 Excel 中打开后重新保存。', en: 'The formula in {cell} has no calculated result; open the file in Excel and save it again.' },
    hint: { zh: '该文件可能由其他程序生成或未经 Excel 计算。在 Excel 中打开、确认数字显示正确后保存，再重新报送。', en: 'The file was probably written by another program. Open it in Excel, check the figures show, save and resubmit.' },
  },
  'cell.error-value': {
    message: { zh: '{cell} 显示错误值 {text}，无法读取。', en: '{cell} shows the error value {text} and cannot be read.' },
    hint: { zh: '请检查该单元格的公式（如除数为 0、引用已删除的单元格），或直接填写数字。', en: 'Check the formula (a division by 0, a deleted reference) or type the number.' },
  },
  'cell.approximate': {
    message: { zh: '{cell} 填写了约数“{text}”，统计表需要确切数字。', en: '{cell} holds the approximate figure "{text}"; the table needs an exact number.' },
    hint: { zh: '请填写确切的数字，去掉“约”“左右”“多”“以上”等字样。', en: 'Type the exact number, without "about", "over", "+" and the like.' },
  },
  'cell.multiple-numbers': {
    message: { zh: '{cell} 的“{text}”中有多个数字，无法确定应填哪一个。', en: '"{text}" in {cell} contains more than one number; it is unclear which one is meant.' },
    hint: { zh: '一个单元格只填一个数字；需要说明的内容请写在说明栏。数字中不要加空格。', en: 'Put one number per cell, without spaces inside it; write anything else in the explanation column.' },
  },
  'cell.not-a-number': {
    message: { zh: '{cell} 的“{text}”不是数字。', en: '"{text}" in {cell} is not a number.' },
    hint: { zh: '请填写阿拉伯数字；没有数据请填 0，文字说明请写在说明栏。', en: 'Type a number in digits; type 0 when there is nothing to report and put text in the explanation column.' },
  },
  'cell.date': {
    message: { zh: '{cell} 的内容被识别为日期（{text}），不是统计数字。', en: '{cell} holds a date ({text}), not a figure.' },
    hint: { zh: '请将单元格格式改为“常规”或“数值”后重新填写数字。', en: 'Set the cell format to General or Number and type the figure again.' },
  },
  'cell.boolean': {
    message: { zh: '{cell} 的内容是逻辑值 {text}，不是数字。', en: '{cell} holds the logical value {text}, not a number.' },
    hint: { zh: '请填写数字。', en: 'Type a number.' },
  },
  'cell.percent-not-rate': {
    message: { zh: '{cell} 填写了百分数“{text}”，但{indicator}不是比率指标。', en: '{cell} holds the percentage "{text}", but {indicator} is not a rate.' },
    hint: { zh: '请按计量单位填写数值（如人数、家数、万元），不要输入“%”。', en: 'Type the figure in the indicator\'s unit (persons, units, 10k yuan) without "%".' },
  },
  'cell.ambiguous-separator': {
    message: { zh: '{cell} 的“{text}”中的逗号或小数点位置不符合千位分隔规则，无法确定数值。', en: 'The commas or points in "{text}" in {cell} do not form thousands groups; the value is ambiguous.' },
    hint: { zh: '请直接填写数字，小数点用“.”，不要加逗号。', en: 'Type the plain number with "." as the decimal point and no commas.' },
  },
  'cell.wan-ambiguous': {
    message: { zh: '{cell} 填写了“{text}”：本栏单位已是万元，“万”字含义不明（是 {value} 万元，还是把元换算错了？）。', en: '{cell} holds "{text}": the column is already in 10k yuan, so the extra "万" is ambiguous ({value} × 10k yuan, or a slip?).' },
    hint: { zh: '请只填写以万元为单位的数字（如 {value}），不要带“万”字。', en: 'Type only the number in 10k yuan (e.g. {value}) without "万".' },
  },
  'cell.yuan-not-wan': {
    message: { zh: '{cell} 填写了“{text}”（元），本栏单位是万元。', en: '{cell} holds "{text}" in yuan; the column is in 10k yuan.' },
    hint: { zh: '请换算为万元后填写（{value} 元 = {wan} 万元），不要带单位。', en: 'Convert to 10k yuan ({value} yuan = {wan}) and type only the number.' },
  },
  'cell.derived-formula-unreadable': {
    message: {
      zh: '{cell} 的公式没有可用的计算结果（{text}），本系统按分子、分母重新计算该指标。',
      en: 'The formula in {cell} has no usable result ({text}); the indicator is recomputed from its numerator and denominator.',
    },
    hint: {
      zh: '通常是分子或分母单元格填了文字（如全角数字、带单位的数字）。请把它们改为数字，再在 Excel 中打开后重新保存。',
      en: 'Usually a numerator or denominator cell holds text (full-width digits, a number with a unit). Make them numbers, then re-save in Excel.',
    },
  },
  'cell.unit-mismatch': {
    message: { zh: '{cell} 的“{text}”带有单位“{unit}”，与{indicator}的计量单位不符。', en: '"{text}" in {cell} carries the unit "{unit}", which does not fit {indicator}.' },
    hint: { zh: '请按“计量单位”栏的单位填写数字，不要带单位文字。', en: 'Type the number in the unit shown in the unit column, without unit words.' },
  },
};
