import type { MessageEntry } from './message-entry.js';

const entry = (zh: string, en: string, hintZh: string, hintEn: string): MessageEntry => ({ message: { zh, en }, hint: { zh: hintZh, en: hintEn } });

/**
 * Templates of several tables (表一, 表二 …): the 表 sheet of 指标体系.xlsx
 * (core/spec-book) and a submission that lacks a table's sheet (core/grid).
 */
export const multiTableMessages: Record<string, MessageEntry> = {
  'spec-book.table-unknown-section': entry(
    '部分“{value}”不在“部分”表中（有：{sections}）。',
    'The section "{value}" is not on the 部分 sheet (there: {sections}).',
    '“部分”列填“部分”表中的代码，多个用顿号分隔，如 A、B。',
    'Use codes from the 部分 sheet, separated by 、, e.g. A、B.',
  ),
  'spec-book.table-section-twice': entry(
    '部分“{value}”已属于 {first} 的表，每个部分只能属于一张表。',
    'The section "{value}" already belongs to the table at {first}; a section belongs to one table only.',
    '从其中一张表的“部分”列中删去它。',
    'Remove it from the 部分 column of one of the two tables.',
  ),
  'spec-book.table-section-none': entry(
    '部分 {value} 不属于“表”工作表中的任何一张表。',
    'The section {value} belongs to none of the tables on the 表 sheet.',
    '在“表”工作表中把它写进某张表的“部分”列。',
    'Add it to the 部分 column of one of the tables on the 表 sheet.',
  ),
  'spec-book.table-duplicate-id': entry('表编号 {id} 重复，{first} 已有此编号。', 'The table id {id} is a duplicate of {first}.', '每张表的编号必须唯一，如 表一、表二。', 'Each table needs its own id, e.g. 表一, 表二.'),
  'spec-book.table-duplicate-sheet': entry(
    '工作表名称“{value}”已被 {first} 的表使用。',
    'The sheet name "{value}" is already taken by the table at {first}.',
    '每张表放在自己的工作表中，请换一个名称（Excel 不区分大小写）。',
    'Each table has a sheet of its own; pick another name (Excel ignores case).',
  ),
  'spec-book.table-reserved-sheet': entry(
    '工作表名称“{value}”是模板自用的工作表，不能用作统计表。',
    'The sheet name "{value}" is one the template uses itself and cannot hold a table.',
    '请换一个名称，如“表二”。',
    'Pick another name, such as 表二.',
  ),
  'spec-book.table-first-sheet': entry(
    '“工作表名称”为“{value}”，但“表”工作表中第一张表在“{first}”。',
    'The sheet name is "{value}", but the first table on the 表 sheet is on "{first}".',
    '有“表”工作表时，“工作表名称”可留空，或填第一张表的工作表名称。',
    'With a 表 sheet, leave the sheet name empty or give the first table\'s sheet.',
  ),
  'spec-book.table-parent-apart': entry(
    '上级指标 {parent} 在另一张表（{table}）中；“其中：”项须与其上级指标在同一张表。',
    'The parent {parent} is in another table ({table}); an "of which" item sits in its parent\'s table.',
    '把两项指标放进同一张表的部分，或改填上级指标。',
    'Put both indicators in sections of one table, or change the parent.',
  ),
  'spec-book.table-derive-apart': entry(
    '{code} 的计算公式用到另一张表（{table}）的指标；比率须由本表的指标计算。',
    'The computation of {code} uses an indicator of another table ({table}); a rate is computed from its own table.',
    '把分子、分母放进同一张表，或改用审核公式（表间审核）核对两表。',
    'Put numerator and denominator in the same table, or check the two tables with a 审核公式 instead.',
  ),
  'table.row-elsewhere': entry(
    '{cell} 的代码“{code}”是“{table}”的指标，应填在工作表“{expected}”中；该行未读取。',
    'The code "{code}" in {cell} belongs to "{tableEn}", on the sheet "{expected}"; the row was not read.',
    '请把这一行的数字填到工作表“{expected}”中该指标的行里，并删去此行。',
    'Enter the figures on the sheet "{expected}", in that indicator\'s row, and delete this row.',
  ),
  'table.sheet-missing': entry(
    '工作簿中没有“{table}”（工作表“{expected}”），该表的指标未能读取。',
    'The workbook has no "{tableEn}" (sheet "{expected}"); its indicators could not be read.',
    '请使用下发的模板填报，不要删除或改名工作表“{expected}”。',
    'Fill in the template that was sent out; do not delete or rename the sheet "{expected}".',
  ),
};
