import type { MessageEntry } from './message-entry.js';

const entry = (zh: string, en: string, hintZh: string, hintEn: string): MessageEntry => ({ message: { zh, en }, hint: { zh: hintZh, en: hintEn } });

/**
 * Faults of a spec workbook (指标体系.xlsx, core/spec-book). The reader puts
 * `sheet!cell：` before each; formula faults use formula-messages.ts.
 */
export const specBookMessages: Record<string, MessageEntry> = {
  'spec-book.sheet-missing': entry(
    '缺少工作表“{sheetName}”。',
    'The sheet "{sheetName}" is missing.',
    '请从 samples/指标体系.xlsx 复制该表，或用 unionstat spec 规格.json --out 指标体系.xlsx 重新生成工作簿。',
    'Copy the sheet from samples/指标体系.xlsx, or write the workbook again with unionstat spec spec.json --out 指标体系.xlsx.',
  ),
  'spec-book.column-missing': entry(
    '第 1 行缺少列标题“{column}”。',
    'Row 1 has no column head "{column}".',
    '列可以调换顺序，但列标题不能删改。',
    'Columns may be reordered, but their heads must stay as they are.',
  ),
  'spec-book.item-missing': entry('缺少“{item}”一行。', 'The row "{item}" is missing.', '请在“项目”列写上“{item}”，在“内容”列填写。', 'Write "{item}" in the 项目 column and its value in 内容.'),
  'spec-book.required': entry('“{column}”不能为空。', '"{column}" cannot be empty.', '请填写这一格。', 'Fill in this cell.'),
  'spec-book.not-number': entry('“{value}”不是数字（{column}）。', '"{value}" is not a number ({column}).', '请填写数字，如 0.01。', 'Enter a number, e.g. 0.01.'),
  'spec-book.not-integer': entry('“{value}”不是整数（{column}）。', '"{value}" is not a whole number ({column}).', '请填写整数，如 1。', 'Enter a whole number, e.g. 1.'),
  'spec-book.negative': entry('容差 {value} 不能为负数。', 'The tolerance {value} cannot be negative.', '容差是允许的误差，填 0 或正数。', 'A tolerance is the error allowed: 0 or more.'),
  'spec-book.decimals-range': entry('小数位 {value} 应在 0 到 6 之间。', 'Decimals {value} must lie between 0 and 6.', '计数填 0，金额填 2，比率填 1。', 'Counts take 0, amounts 2, rates 1.'),
  'spec-book.bad-choice': entry(
    '“{value}”不是“{column}”可选的值；可选：{choices}。',
    '"{value}" is not a choice for "{column}"; choose from: {choices}.',
    '请从可选的值中选一个。',
    'Pick one of the listed values.',
  ),
  'spec-book.bad-id': entry(
    '规格编号“{value}”只能由小写字母、数字和短横线组成，且以字母开头。',
    'The spec id "{value}" must be lower-case letters, digits and dashes, starting with a letter.',
    '如 union-basic、city-extra。',
    'For example union-basic or city-extra.',
  ),
  'spec-book.bad-code': entry(
    '指标代码“{value}”写法不对：应为一个大写字母加两位数字。',
    'The indicator code "{value}" is malformed: one capital letter and two digits.',
    '如 A01、B12。',
    'For example A01 or B12.',
  ),
  'spec-book.duplicate-code': entry('指标代码 {code} 重复，{first} 已有此代码。', 'The indicator code {code} is a duplicate of {first}.', '每项指标的代码必须唯一，请改用未用过的代码。', 'Each indicator needs its own code; use one not taken yet.'),
  'spec-book.duplicate-id': entry('编号 {id} 重复，{first} 已有此编号。', 'The id {id} is a duplicate of {first}.', '每条审核的编号必须唯一。', 'Each check needs its own id.'),
  'spec-book.duplicate-key': entry('代码 {key} 重复，{first} 已有此代码。', 'The key {key} is a duplicate of {first}.', '每个代码只能出现一次。', 'Each key may appear once.'),
  'spec-book.unknown-section': entry('所属部分“{value}”不在“部分”表中（有：{sections}）。', 'The section "{value}" is not on the 部分 sheet (there: {sections}).', '请填写“部分”表中的代码，或先在“部分”表中加上这一部分。', 'Use a code from the 部分 sheet, or add the section there first.'),
  'spec-book.parent-cycle': entry('上级指标形成循环：{cycle}。', 'The parent indicators form a loop: {cycle}.', '“上级指标”填“其中：”项所属的总数指标，不能互为上级。', 'A parent is the total a "of which" item belongs to; two indicators cannot be each other\'s parent.'),
  'spec-book.derive-missing': entry(
    '{code} 是{kindName}指标，须有计算公式（分子和分母）。',
    '{code} is a {kindName} indicator and needs a computation (numerator and denominator).',
    '在“计算公式”列填写 分子 / 分母 * 系数，如 A02 / A01 * 100。',
    'Write numerator / denominator * factor in the 计算公式 column, e.g. A02 / A01 * 100.',
  ),
  'spec-book.derive-not-allowed': entry(
    '{code} 是{kindName}指标，由填报单位填写，不应有计算公式。',
    '{code} is a {kindName} indicator, entered by the unit; it takes no computation.',
    '清空“计算公式”，或把“类型”改为 比率 或 比值。',
    'Clear the computation, or change the kind to 比率 or 比值.',
  ),
  'spec-book.derive-shape': entry(
    '{code} 的计算公式应写成 分子 / 分母 * 系数。',
    'The computation of {code} must read numerator / denominator * factor.',
    '如 A02 / A01 * 100（比率）或 C01 * 10000 / C07（比值）。',
    'For example A02 / A01 * 100 (a rate) or C01 * 10000 / C07 (a ratio).',
  ),
  'spec-book.prior-column': entry(
    '此公式用到 上年() 或 变化()，只能审核本年栏。',
    'This formula reads 上年() or 变化() and can check the current column only.',
    '请把“适用栏”改为“本年”，或留空。',
    'Set the column to 本年, or leave it empty.',
  ),
  'spec-book.selector-empty': entry('请填写“适用类型”或“适用指标”。', 'Fill in the kinds or the codes the check applies to.', '如 适用类型 填“计数、金额”，或 适用指标 填“A01、A04”。', 'For example kinds 计数、金额, or codes A01、A04.'),
  'spec-book.historical-threshold': entry(
    '历史变动审核须填写“百分比阈值”或“百分点阈值”。',
    'A historical check needs a percent or a percentage-point threshold.',
    '如 百分比阈值 30（数量、金额增减超过 30%），百分点阈值 10（比率增减超过 10 个百分点）。',
    'For example 30 (counts and amounts moving more than 30%) and 10 (rates moving more than 10 points).',
  ),
  'spec-book.excel-formula': entry(
    '此格被 Excel 当成了 Excel 公式（={formula}），不是审核公式的文字。',
    'Excel took this cell for one of its own formulas (={formula}), not the text of a check.',
    '把单元格设为“文本”格式后重新输入，或在开头加一个英文单引号 \'。',
    'Format the cell as Text and type it again, or start it with an apostrophe \'.',
  ),
  'spec-book.version': entry('版本“{value}”应为正整数。', 'The version "{value}" must be a positive whole number.', '第一版填 1，此后每次改动指标加 1。', 'The first version is 1; add 1 with every change of indicators.'),
  'spec-book.sheet-name': entry(
    '工作表名称“{value}”不能用：最长 31 个字符，且不能含 : \\ / ? * [ ]。',
    'The sheet name "{value}" cannot be used: at most 31 characters, none of : \\ / ? * [ ].',
    '这是 Excel 对工作表名称的限制，请改短或去掉这些符号。',
    'Excel limits sheet names so; shorten it or drop those characters.',
  ),
  'spec-book.invalid': entry(
    '此处内容不符合模板规格的要求（规格位置 {path}）。',
    'This does not meet the template spec\'s requirements (spec path {path}).',
    '请对照 samples/指标体系.xlsx 检查这一行。',
    'Compare this row with samples/指标体系.xlsx.',
  ),
};
