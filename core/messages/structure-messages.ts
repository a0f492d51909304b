import type { StructureIssueCode } from '../grid/structure-codes.js';
import type { MessageEntry } from './message-entry.js';

/**
 * Where the template is and whether it is this template at all (core/grid/extract-template).
 * makeIssue adds `{indicator}`, `{cell}`, `{sheet}`.
 */
export const structureMessages: Record<StructureIssueCode, MessageEntry> = {
  'structure.table-not-found': {
    message: {
      zh: '这个工作簿不是本模板（{template}）：在工作表 {sheets} 的前 {rows} 行中没有找到统计表的表头，缺少{missing}。',
      en: 'This workbook is not this template ({templateEn}): the first {rows} rows of the sheets {sheets} hold no table head; missing {missingEn}.',
    },
    hint: {
      zh: '请使用下发的统计表模板填报，不要删除或改写“代码”“本年”“上年”等表头。',
      en: 'Fill in the template that was sent out, and do not delete or rename heads such as "Code", "This year" and "Last year".',
    },
  },
  'structure.wrong-template': {
    message: {
      zh: '这是“{foundTemplate}”模板第 {foundVersion} 版，本次收集使用“{expectedTemplate}”（{expectedTitle}）第 {expectedVersion} 版。',
      en: 'This is template "{foundTemplate}" version {foundVersion}; this collection uses "{expectedTemplate}" ({expectedTitle}) version {expectedVersion}.',
    },
    hint: {
      zh: '请下载本次下发的模板（第 {expectedVersion} 版），把数字填入新模板后重新报送。',
      en: 'Download the template sent out for this collection (version {expectedVersion}), enter the figures in it and resubmit.',
    },
  },
  'structure.spec-changed': {
    message: {
      zh: '该文件由“{template}”第 {version} 版的另一份修订生成（模板指纹 {found}，当前为 {expected}），已按表头读取。',
      en: 'The file was made from another revision of "{template}" version {version} (fingerprint {found}, current {expected}); read by its heads.',
    },
    hint: {
      zh: '如报送后发现指标对不上，请改用最新下发的模板。',
      en: 'If indicators do not line up, switch to the template most recently sent out.',
    },
  },
  'structure.sheet-renamed': {
    message: {
      zh: '统计表不在名为“{expected}”的工作表中，已读取工作表“{found}”中的统计表。',
      en: 'The table is not in a sheet named "{expected}"; the table in sheet "{found}" was read.',
    },
    hint: {
      zh: '请把工作表名改回“{expected}”，避免汇总时找错表。',
      en: 'Rename the sheet back to "{expected}" so the right table is found.',
    },
  },
  'structure.year-heads': {
    message: {
      zh: '表头用年份代替了“{currentLabel}”“{priorLabel}”：已把 {current} 年一栏作为{currentLabel}、{prior} 年一栏作为{priorLabel}读取。',
      en: 'The heads are years instead of "{currentLabel}" and "{priorLabel}": the {current} column was read as this year and the {prior} column as last year.',
    },
    hint: {
      zh: '请把表头改回“{currentLabel}”“{priorLabel}”，并核对两栏没有填反。',
      en: 'Rename the heads back to "{currentLabel}" and "{priorLabel}" and check the two columns are not swapped.',
    },
  },
  'structure.missing-column': {
    message: {
      zh: '工作表“{sheet}”的表头（第 {headRow} 行）中没有“{column}”栏。',
      en: 'The head row (row {headRow}) of sheet "{sheet}" has no "{columnEn}" column.',
    },
    hint: {
      zh: '请恢复模板中的“{column}”栏并填写数字，不要删除或改写栏目名称。',
      en: 'Restore the "{columnEn}" column of the template and fill it in; do not delete or rename columns.',
    },
  },
  'structure.missing-row': {
    message: {
      zh: '表中没有指标 {code}“{name}”这一行。',
      en: 'The table has no row for indicator {code} "{nameEn}".',
    },
    hint: {
      zh: '请恢复该指标行，并在“代码”栏填写 {code}；不要删除或改动指标代码。',
      en: 'Restore the row with {code} in the code column; do not delete or change indicator codes.',
    },
  },
  'structure.duplicate-row': {
    message: {
      zh: '指标 {code} 在第 {firstRow} 行和第 {row} 行各出现一次，已读取第 {firstRow} 行。',
      en: 'Indicator {code} appears in row {firstRow} and again in row {row}; row {firstRow} was read.',
    },
    hint: {
      zh: '每个指标只保留一行：删除重复的行，或改正写错的代码。',
      en: 'Keep one row per indicator: delete the duplicate or correct the mistyped code.',
    },
  },
  'structure.unknown-row': {
    message: {
      zh: '{cell} 的代码“{code}”不是本模板的指标，该行未读取。',
      en: 'The code "{code}" in {cell} is not an indicator of this template; the row was not read.',
    },
    hint: {
      zh: '如是写错的代码请改正；自行增加的行不会被汇总。',
      en: 'Correct it if mistyped; rows added by hand are not summed.',
    },
  },
  'structure.merged-value-cell': {
    message: {
      zh: '{cell} 被合并到单元格区域 {range} 中，它显示的是 {topLeft} 的数字，不能作为{indicator}的数值。',
      en: '{cell} is merged into {range} and shows the value of {topLeft}; it cannot be read as {indicator}.',
    },
    hint: {
      zh: '请取消合并单元格（开始 → 合并后居中 → 取消合并），每个指标的每一栏单独填写数字。',
      en: 'Unmerge the cells (Home → Merge & Center → Unmerge) and enter each figure in its own cell.',
    },
  },
  'structure.header-unreadable': {
    message: {
      zh: '{cell} 的{field}“{text}”无法识别。',
      en: 'The {fieldEn} "{text}" in {cell} cannot be read.',
    },
    hint: {
      zh: '请按模板格式填写{field}，例如：{expected}。',
      en: 'Fill in the {fieldEn} as the template asks, e.g. {expected}.',
    },
  },
};
