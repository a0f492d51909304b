import type { ColumnKey, HeaderFieldKey, HeaderRule, IndicatorKind, Period, Rule, Severity, ValueColumn } from '../spec/template-spec.js';
import type { z } from 'zod';

/**
 * The sheets of 指标体系.xlsx and their columns, shared by the writer and the
 * reader. Columns are found by their head in row 1, so a federation may
 * reorder them; a sheet's first column is its key.
 */
export const SHEETS = {
  readme: '使用说明',
  template: '模板',
  tables: '表',
  indicators: '指标',
  checks: '审核公式',
  generic: '通用审核',
  header: '表头审核',
  sections: '部分',
  headerFields: '表头',
  columns: '表栏',
  periods: '统计期',
  sentences: '报告语句',
} as const;

export interface ColumnDef {
  head: string;
  required: boolean;
  width: number;
}

const col = (head: string, width: number, required = false): ColumnDef => ({ head, required, width });

export const COLUMNS = {
  template: [col('项目', 16, true), col('内容', 40, true)],
  indicators: [
    col('代码', 8, true),
    col('名称', 30, true),
    col('计量单位', 10, true),
    col('类型', 8, true),
    col('所属部分', 10, true),
    col('上级指标', 10),
    col('小数位', 8, true),
    col('计算公式', 20),
    col('填表说明', 36),
    col('英文名称', 36),
    col('英文计量单位', 16),
    col('英文填表说明', 36),
  ],
  checks: [
    col('编号', 14, true),
    col('公式', 36, true),
    col('级别', 10, true),
    col('容差', 8),
    col('说明', 36),
    col('适用栏', 12),
    col('英文说明', 36),
    col('错误信息', 30),
    col('英文错误信息', 30),
  ],
  generic: [
    col('编号', 26, true),
    col('审核类型', 14, true),
    col('适用类型', 16),
    col('适用指标', 16),
    col('下限', 8),
    col('上限', 8),
    col('小数位', 8),
    col('百分比阈值', 12),
    col('百分点阈值', 12),
    col('容差', 8),
    col('适用栏', 12),
    col('级别', 10, true),
    col('说明', 30),
    col('英文说明', 30),
    col('错误信息', 30),
    col('英文错误信息', 30),
  ],
  header: [
    col('编号', 26, true),
    col('表头项', 12, true),
    col('审核内容', 16, true),
    col('级别', 10, true),
    col('说明', 30),
    col('英文说明', 30),
    col('错误信息', 30),
    col('英文错误信息', 30),
  ],
  sections: [col('代码', 8, true), col('名称', 24, true), col('英文名称', 40)],
  tables: [col('编号', 10, true), col('名称', 24, true), col('英文名称', 30), col('工作表名称', 20, true), col('部分', 16, true)],
  headerFields: [col('代码', 12, true), col('名称', 14, true), col('英文名称', 20), col('其他写法', 30), col('必填', 8, true)],
  columns: [col('代码', 12, true), col('名称', 14, true), col('英文名称', 20), col('其他写法', 30), col('必填', 8, true)],
  periods: [col('代码', 12, true), col('名称', 14, true), col('英文名称', 20)],
  sentences: [col('部分', 8, true), col('所需指标', 30, true), col('语句', 80, true), col('英文语句', 80)],
} as const satisfies Record<string, readonly ColumnDef[]>;

/** The 模板 sheet's rows: what each item of the spec's identity is called. */
export const TEMPLATE_ITEMS = { id: '规格编号', version: '版本', title: '名称', titleEn: '英文名称', sheetName: '工作表名称' } as const;

/** Words for enum values; the reader also takes the English key and a few variants. */
export const KIND_WORDS: Record<IndicatorKind, string> = { count: '计数', amount: '金额', rate: '比率', ratio: '比值' };
export const SEVERITY_WORDS: Record<Severity, string> = { hard: '强制性', soft: '提示性' };
export const COLUMN_WORDS: Record<ValueColumn, string> = { current: '本年', prior: '上年' };
export const YES_NO = { yes: '是', no: '否' } as const;

/**
 * The 代码 of the 表头, 表栏 and 统计期 sheets (and 表头审核's 表头项): which field, column or
 * period a row is, in the words of the standard form (its own 名称 is what the template shows
 * and may differ). The reader also takes the English key (books written before these words)
 * and the spellings in *_ALSO.
 */
export const HEADER_FIELD_WORDS: Record<HeaderFieldKey, string> = {
  unitName: '填报单位',
  unitCode: '单位代码',
  year: '统计年度',
  period: '统计期',
  preparer: '填报人',
  phone: '联系电话',
  head: '单位负责人',
  date: '填报日期',
};
export const COLUMN_KEY_WORDS: Record<ColumnKey, string> = { code: '代码', name: '指标名称', unit: '计量单位', current: '本年', prior: '上年', change: '增减', note: '说明' };
export const PERIOD_WORDS: Record<Period['key'], string> = { annual: '年报', half: '上半年' };

/** Other words a statistician may write for a key (read only; the writer writes the *_WORDS). */
export const HEADER_FIELD_ALSO: Record<string, HeaderFieldKey> = { 单位名称: 'unitName', 年度: 'year', 报告期: 'period', 负责人: 'head', 填表人: 'preparer', 电话: 'phone', 填表日期: 'date' };
export const COLUMN_KEY_ALSO: Record<string, ColumnKey> = { 指标代码: 'code', 名称: 'name', 单位: 'unit', 本期: 'current', 上期: 'prior', 增减数: 'change', 备注: 'note' };
export const PERIOD_ALSO: Record<string, Period['key']> = { 年度: 'annual', 全年: 'annual', 半年报: 'half', 半年: 'half' };

type GenericKind = Exclude<Rule['kind'], 'compare' | 'sum-of-parts' | 'formula' | 'header'>;
export const GENERIC_KIND_WORDS: Record<GenericKind, string> = {
  'derived-consistency': '比率核对',
  range: '取值范围',
  'whole-number': '整数',
  'max-decimals': '小数位数',
  historical: '历史变动',
  'prior-matches-last-year': '上年数核对',
  'required-value': '必填',
};
export type { GenericKind };

export const HEADER_CHECK_WORDS: Record<z.infer<typeof HeaderRule>['check'], string> = {
  required: '必填',
  'matches-collection': '与本次收集一致',
  'in-roster': '名册代码',
};

/** Separators between items of a list cell (A01、A02 or A01, A02). */
export const LIST_SEPARATOR = /[、,，;；]/;
export const LIST_JOIN = '、';
