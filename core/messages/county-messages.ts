import type { MessageEntry } from './message-entry.js';

/**
 * Messages of the county's side: computed cells worded as computed (no hint
 * blames typing on a formula), one word for a workbook never calculated, and
 * the checks a pre-filled template carries in its `_meta` sheet.
 */
export const countyMessages: Readonly<Record<string, MessageEntry>> = {
  'range.below-min.formula': {
    message: {
      zh: '{name}（{code}）{columnName}的计算结果为 {value}，小于下限 {min}。',
      en: '{nameEn} ({code}) {columnNameEn} computes to {value}, below the minimum of {min}.',
    },
    hint: {
      zh: '该单元格由公式计算，不用手工填写；请核对{parts}的{columnName}数字。',
      en: 'The cell is computed by a formula and needs no typing; check the {columnNameEn} figures of {partsEn}.',
    },
  },
  'range.above-max.formula': {
    message: {
      zh: '{name}（{code}）{columnName}的计算结果为 {value}，大于上限 {max}。',
      en: '{nameEn} ({code}) {columnNameEn} computes to {value}, above the maximum of {max}.',
    },
    hint: {
      zh: '该单元格由公式计算，不用手工填写；请核对{parts}的{columnName}数字。',
      en: 'The cell is computed by a formula and needs no typing; check the {columnNameEn} figures of {partsEn}.',
    },
  },
  'derived-consistency.formula': {
    message: {
      zh: '{name}（{code}）{columnName}的公式结果为 {typed}，但按{numeratorName}（{numeratorCode}）{numerator} ÷ {denominatorName}（{denominatorCode}）{denominator} × {factor} 计算应为 {expected}。',
      en: '{nameEn} ({code}) {columnNameEn} shows the formula result {typed}, but {numeratorNameEn} ({numeratorCode}) {numerator} ÷ {denominatorNameEn} ({denominatorCode}) {denominator} × {factor} gives {expected}.',
    },
    hint: {
      zh: '公式的结果没有随数字更新。请在 Excel 或 WPS 中打开后保存一次，再重新审核。',
      en: 'The formula result was not updated with the figures. Open the file in Excel or WPS, save it once, and check again.',
    },
  },
  'workbook.uncached-formulas': {
    message: {
      zh: '本表有 {count} 个公式单元格没有保存计算结果（{cells}），无法读出这些数字。',
      en: '{count} formula cells of this sheet have no saved result ({cellsEn}); their figures cannot be read.',
    },
    hint: {
      zh: '文件可能由其他程序生成，或保存时没有计算。请在 Excel 或 WPS 中打开后保存一次，再重新审核。',
      en: 'The file was probably written by another program or saved without calculating. Open it in Excel or WPS, save it once, and check again.',
    },
  },
  'meta.header-changed': {
    message: {
      zh: '表头“{fieldName}”填写为“{found}”，但本模板是为“{expected}”生成的。',
      en: 'The header field "{fieldNameEn}" reads "{found}", but this template was made for "{expected}".',
    },
    hint: {
      zh: '请使用上级下发给本单位的模板，不要修改表头中预先填好的内容；如单位信息确有变化，请联系上级工会。',
      en: 'Use the template your federation sent to your unit and do not change the pre-filled header; if the unit details really changed, contact the federation.',
    },
  },
  'meta.prior-changed': {
    message: {
      zh: '{name}（{code}）上年为 {prior}，与上级预置的上年数 {expected} 不一致（来源：{source}）。',
      en: '{nameEn} ({code}) last year is {prior}, not the pre-filled {expected} (source: {source}).',
    },
    hint: {
      zh: '上年数按本单位上年报送并经审核的数字预置，请改回 {expected}；如上年数确需更正，请联系上级工会。',
      en: 'Last year is pre-filled from your unit\'s accepted submission of last year: change it back to {expected}; if it really needs a correction, contact the federation.',
    },
  },
  'meta.tampered': {
    message: {
      zh: '模板的隐藏信息（{sheet} 工作表）与其校验码不符，预置的单位和上年数无法确认。',
      en: 'The template\'s hidden details (sheet {sheet}) do not match their check code; the pre-filled unit and last-year figures cannot be trusted.',
    },
    hint: {
      zh: '请使用上级下发给本单位的原始模板重新填写，或把本表数字复制到原始模板中后再报送。',
      en: 'Fill in the original template your federation sent, or copy your figures into it, and submit that.',
    },
  },
};
