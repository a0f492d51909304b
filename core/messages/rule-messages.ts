import type { MessageEntry } from './message-entry.js';

/**
 * Messages of the rules engine (core/rules), keyed on the issue code (rule
 * kind or kind.variant). Placeholders are filled from the values: each
 * rule puts the names it cites there ({name}, {leftName}, {columnName} 本年/上年 …).
 */
export const ruleMessages: Record<string, MessageEntry> = {
  compare: {
    message: {
      zh: '{leftName}（{leftCodes}）{columnName}为 {left}，{relation}{rightName}（{rightCodes}）{right}。',
      en: '{leftNameEn} ({leftCodes}) {columnNameEn} is {left}, {relationEn} {rightNameEn} ({rightCodes}) at {right}.',
    },
    hint: {
      zh: '{leftName}应{requirement}{rightName}。请核对这两项的{columnName}数字，改正填错的一项。',
      en: '{leftNameEn} must be {requirementEn} {rightNameEn}. Check both {columnNameEn} figures and correct the wrong one.',
    },
  },
  'sum-of-parts': {
    message: {
      zh: '{totalName}（{totalCode}）{columnName}为 {total}，不等于各分项（{partsCodes}）之和 {sum}，相差 {difference}。',
      en: '{totalNameEn} ({totalCode}) {columnNameEn} is {total}, not the sum of its parts ({partsCodes}) {sum}; the difference is {difference}.',
    },
    hint: {
      zh: '{totalName}应等于{partsName}之和（允许误差 {tolerance}）。请逐项核对分项，改正填错的分项，或把合计改为 {sum}。',
      en: '{totalNameEn} must equal the sum of {partsNameEn} (tolerance {tolerance}). Check each part and correct the wrong one, or set the total to {sum}.',
    },
  },
  'derived-consistency': {
    message: {
      zh: '{name}（{code}）{columnName}填写为 {typed}，但按{numeratorName}（{numeratorCode}）{numerator} ÷ {denominatorName}（{denominatorCode}）{denominator} × {factor} 计算应为 {expected}。',
      en: '{nameEn} ({code}) {columnNameEn} is entered as {typed}, but {numeratorNameEn} ({numeratorCode}) {numerator} ÷ {denominatorNameEn} ({denominatorCode}) {denominator} × {factor} gives {expected}.',
    },
    hint: {
      zh: '请改为 {expected}，或清空该单元格由系统按分子、分母自动计算；如 {expected} 也不对，请核对{numeratorName}和{denominatorName}。',
      en: 'Change it to {expected}, or clear the cell and let it be computed from numerator and denominator; if {expected} is wrong too, check {numeratorNameEn} and {denominatorNameEn}.',
    },
  },
  'derived-consistency.zero-denominator': {
    message: {
      zh: '{name}（{code}）{columnName}填写了 {typed}，但分母{denominatorName}（{denominatorCode}）为 0：分母为 0 时比率应留空。',
      en: '{nameEn} ({code}) {columnNameEn} is entered as {typed}, but its denominator {denominatorNameEn} ({denominatorCode}) is 0: with a zero denominator the rate must be left empty.',
    },
    hint: {
      zh: '请清空该单元格（不要填 0）；如{denominatorName}不应为 0，请改正分母。',
      en: 'Clear the cell (do not enter 0); if {denominatorNameEn} should not be 0, correct it.',
    },
  },
  'range.below-min': {
    message: {
      zh: '{name}（{code}）{columnName}为 {value}，小于下限 {min}。',
      en: '{nameEn} ({code}) {columnNameEn} is {value}, below the minimum of {min}.',
    },
    hint: {
      zh: '{name}不能小于 {min}。请核对是否录错数字或误加了负号。',
      en: '{nameEn} cannot be below {min}. Check for a mistyped figure or a stray minus sign.',
    },
  },
  'range.above-max': {
    message: {
      zh: '{name}（{code}）{columnName}为 {value}，大于上限 {max}。',
      en: '{nameEn} ({code}) {columnNameEn} is {value}, above the maximum of {max}.',
    },
    hint: {
      zh: '{name}不能大于 {max}。比率按百分数填写（92.3 表示 92.3%）；请核对是否多打了一位、放错了小数点，或分子大于分母。',
      en: '{nameEn} cannot exceed {max}. Rates are entered as percentages (92.3 means 92.3%); check for an extra digit, a misplaced decimal point, or a numerator larger than its denominator.',
    },
  },
  'whole-number': {
    message: {
      zh: '{name}（{code}）{columnName}为 {value}，计数指标（单位：{unit}）应为整数。',
      en: '{nameEn} ({code}) {columnNameEn} is {value}; a count (unit: {unitEn}) must be a whole number.',
    },
    hint: {
      zh: '请填写整数；并核对是否把金额、比率等其他行的数字填到了这一行。',
      en: 'Enter a whole number, and check that a figure from another row (an amount or a rate) was not typed here.',
    },
  },
  'max-decimals': {
    message: {
      zh: '{name}（{code}）{columnName}为 {value}，超过 {decimals} 位小数。',
      en: '{nameEn} ({code}) {columnNameEn} is {value}, with more than {decimals} decimals.',
    },
    hint: {
      zh: '请以{unit}为单位，最多保留 {decimals} 位小数；如按元填写，请除以 10000 换算为万元。',
      en: 'Enter it in {unitEn} with at most {decimals} decimals; if it was entered in yuan, divide by 10,000.',
    },
  },
  'required-value': {
    message: {
      zh: '{name}（{code}）{columnName}未填写。',
      en: '{nameEn} ({code}) {columnNameEn} is empty.',
    },
    hint: {
      zh: '空白无法区分“没有”和“漏填”。如确实没有，请填 0 或“无”。',
      en: 'An empty cell cannot tell "none" from "forgotten". If there truly is none, enter 0 or 无.',
    },
  },
  'historical.percent': {
    message: {
      zh: '{name}（{code}）本年 {current}，上年 {prior}，同比{direction} {changePercentAbs}%，超过 {threshold}% 的提示幅度。',
      en: '{nameEn} ({code}) is {current} this year against {prior} last year, {directionEn} {changePercentAbs}%, beyond the {threshold}% threshold.',
    },
    hint: {
      zh: '请核对本年和上年数字；如数字无误，请在“说明”栏写明原因（如新建企业较多、统计口径调整）。',
      en: 'Check both figures; if they are right, write the reason in the 说明 (explanation) column (e.g. many new enterprises, a change of scope).',
    },
  },
  'historical.points': {
    message: {
      zh: '{name}（{code}）本年 {current}%，上年 {prior}%，{direction} {changePointsAbs} 个百分点，超过 {threshold} 个百分点的提示幅度。',
      en: '{nameEn} ({code}) is {current}% this year against {prior}% last year, {directionEn} {changePointsAbs} percentage points, beyond the {threshold}-point threshold.',
    },
    hint: {
      zh: '请核对本年和上年的分子、分母；如数字无误，请在“说明”栏写明原因。',
      en: 'Check the numerator and denominator of both years; if they are right, write the reason in the 说明 (explanation) column.',
    },
  },
  'prior-matches-last-year': {
    message: {
      zh: '{name}（{code}）上年为 {prior}，与本单位去年报送的本年数 {lastYear}（{source}）不一致，相差 {difference}。',
      en: '{nameEn} ({code}) last year is {prior}, but the unit reported {lastYear} for that year ({source}); the difference is {difference}.',
    },
    hint: {
      zh: '上年数应与去年报送的数字一致。请核对是否抄错；如去年数字后来经过修订，请在“说明”栏写明。',
      en: 'Last year\'s figure should equal what was reported last year. Check for a copying error; if it was revised since, say so in the 说明 (explanation) column.',
    },
  },
  'header.required': {
    message: {
      zh: '表头“{fieldName}”未填写。',
      en: 'Header field "{fieldNameEn}" ({fieldName}) is empty.',
    },
    hint: {
      zh: '请在“{fieldName}”右侧的单元格填写。',
      en: 'Fill in the cell next to "{fieldName}".',
    },
  },
  'header.matches-collection': {
    message: {
      zh: '表头“{fieldName}”为 {found}，与本次收集的 {expected} 不一致。',
      en: 'Header field "{fieldNameEn}" is {foundEn}, but this collection is for {expectedEn}.',
    },
    hint: {
      zh: '请确认填的是本期报表：如只是表头写错，请把“{fieldName}”改为 {expected}；如整张表是其他期的数据，请按本期重新填报。',
      en: 'Make sure this is the current period\'s report: if only the header is wrong, change "{fieldNameEn}" to {expectedEn}; if the whole sheet holds another period\'s figures, fill it in again for this period.',
    },
  },
  'header.in-roster': {
    message: {
      zh: '单位代码 {unitCode} 不在名册中。',
      en: 'Unit code {unitCode} is not in the roster.',
    },
    hint: {
      zh: '请按名册核对单位代码（名册代码，不是统一社会信用代码）；如为新增单位，请联系上级工会统计人员加入名册。',
      en: 'Check the unit code against the roster (the roster code, not the unified social credit code); for a new unit, ask the federation statistician to add it to the roster.',
    },
  },
};
