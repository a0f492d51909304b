import type { MessageEntry } from './message-entry.js';

/**
 * Messages of the formula language (core/formula): the general formula rule's
 * issue, and the faults of a formula's text. A fault's {position} is the
 * 1-based character in the cell; the spec workbook reader puts the cell before it.
 */
export const formulaMessages: Record<string, MessageEntry> = {
  formula: {
    message: {
      zh: '{filled}不成立（{columnName}栏{toleranceNote}）。',
      en: '{filledEn} does not hold ({columnNameEn} column{toleranceNoteEn}).',
    },
    hint: {
      zh: '请核对公式 {formula} 所涉各项（{codes}）的{columnName}数字，改正填错的一项。',
      en: 'Check the {columnNameEn} figures of {codesEn} in the formula {formula} and correct the wrong one.',
    },
  },
  'formula.empty': {
    message: { zh: '公式为空。', en: 'The formula is empty.' },
    hint: { zh: '请填写公式，如 A02 <= A01。', en: 'Write a formula, e.g. A02 <= A01.' },
  },
  'formula.unknown-char': {
    message: { zh: '第{position}个字符处：无法识别的字符“{char}”。', en: 'Character {position}: "{char}" is not part of the formula language.' },
    hint: {
      zh: '公式只能含指标代码、数字、+ - * / × ÷、括号、比较符（<= < = >= > <>）和函数 abs、sum、上年、变化。',
      en: 'A formula holds only indicator codes, numbers, + - * / × ÷, parentheses, comparisons (<= < = >= > <>) and the functions abs, sum, 上年, 变化.',
    },
  },
  'formula.unexpected': {
    message: { zh: '第{position}个字符处：“{token}”不应出现在这里。', en: 'Character {position}: "{token}" does not belong here.' },
    hint: {
      zh: '请检查此处前后是否缺少或多出运算符、括号或逗号。',
      en: 'Check for a missing or extra operator, parenthesis or comma around it.',
    },
  },
  'formula.incomplete': {
    message: { zh: '第{position}个字符处：公式不完整，结尾缺少内容。', en: 'Character {position}: the formula is incomplete; something is missing at its end.' },
    hint: { zh: '请补全运算符或比较符后面的部分。', en: 'Complete what follows the last operator or comparison.' },
  },
  'formula.missing-paren': {
    message: { zh: '第{position}个字符处：缺少右括号“)”。', en: 'Character {position}: a closing parenthesis ")" is missing.' },
    hint: { zh: '每个“(”都要有对应的“)”。', en: 'Every "(" needs its ")".' },
  },
  'formula.extra-paren': {
    message: { zh: '第{position}个字符处：多出一个右括号“)”。', en: 'Character {position}: an extra closing parenthesis ")".' },
    hint: { zh: '请删去多余的“)”，或补上对应的“(”。', en: 'Remove the extra ")" or add its "(".' },
  },
  'formula.no-comparison': {
    message: { zh: '第{position}个字符处：审核公式缺少比较符。', en: 'Character {position}: the check has no comparison.' },
    hint: {
      zh: '审核公式须比较两边，如 A02 <= A01、C01 = C02 + C03；比较符为 <= < = >= > <>（或 ≤ ≥ ≠）。',
      en: 'A check compares two sides, e.g. A02 <= A01 or C01 = C02 + C03; comparisons are <= < = >= > <> (or ≤ ≥ ≠).',
    },
  },
  'formula.comparison-in-expression': {
    message: { zh: '第{position}个字符处：计算公式不能含比较符。', en: 'Character {position}: a computation cannot hold a comparison.' },
    hint: { zh: '计算公式写成 分子 / 分母 * 系数，如 A02 / A01 * 100。', en: 'Write a computation as numerator / denominator * factor, e.g. A02 / A01 * 100.' },
  },
  'formula.unknown-code': {
    message: { zh: '未知指标代码 {code}。', en: 'Unknown indicator code {code}.' },
    hint: { zh: '请使用“指标”表中已有的代码。', en: 'Use a code listed on the 指标 sheet.' },
  },
  'formula.unknown-code.suggest': {
    message: { zh: '未知指标代码 {code}，是否为 {suggestion}？', en: 'Unknown indicator code {code}; did you mean {suggestionEn}?' },
    hint: { zh: '请使用“指标”表中已有的代码。', en: 'Use a code listed on the 指标 sheet.' },
  },
  'formula.unknown-function': {
    message: { zh: '第{position}个字符处：未知函数 {name}。', en: 'Character {position}: unknown function {name}.' },
    hint: { zh: '可用的函数：abs(绝对值)、sum(合计)、上年(上年数)、变化(增减幅度)。', en: 'The functions are abs, sum, 上年 (last year) and 变化 (relative change).' },
  },
  'formula.arity': {
    message: { zh: '第{position}个字符处：函数 {name} 只接受 {count} 个参数。', en: 'Character {position}: the function {name} takes {count} argument(s).' },
    hint: { zh: '如 上年(A04)、变化(A04)、abs(A01 - A02)。', en: 'For example 上年(A04), 变化(A04), abs(A01 - A02).' },
  },
  'formula.range-outside-sum': {
    message: { zh: '第{position}个字符处：代码范围 {range} 只能写在 sum() 里。', en: 'Character {position}: the code range {range} belongs inside sum().' },
    hint: { zh: '如 sum(C02:C05)。', en: 'For example sum(C02:C05).' },
  },
  'formula.range-order': {
    message: { zh: '第{position}个字符处：代码范围 {from}:{to} 的起点排在终点之后。', en: 'Character {position}: the range {from}:{to} starts after it ends.' },
    hint: { zh: '范围按“指标”表中的顺序，从前往后写。', en: 'A range runs forwards in the order of the 指标 sheet.' },
  },
  'formula.nested-year': {
    message: { zh: '第{position}个字符处：{name}() 不能写在 上年() 或 变化() 里面。', en: 'Character {position}: {name}() cannot stand inside 上年() or 变化().' },
    hint: { zh: '上年() 与 变化() 都只看本年和上年两栏，不能嵌套。', en: '上年() and 变化() read only this year and last year; they do not nest.' },
  },
};
