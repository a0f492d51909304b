import type { Indicator, ValueColumn } from '../spec/template-spec.js';

type Names = Record<string, string>;

/** Placeholder values naming one indicator: {name}, {nameEn}, {code}, {unit}, {unitEn}. */
export function indicatorNames(ind: Indicator): Names {
  return { name: ind.name.zh, nameEn: ind.name.en, code: ind.code, unit: ind.unit.zh, unitEn: ind.unit.en };
}

/** Names of one side of a comparison under a prefix: {leftName} 已建会单位数＋…, {leftCodes} A02+A03. */
export function sideNames(prefix: string, inds: readonly Indicator[]): Names {
  return {
    [`${prefix}Name`]: inds.map((i) => i.name.zh).join('＋'),
    [`${prefix}NameEn`]: inds.map((i) => i.name.en).join(' + '),
    [`${prefix}Codes`]: inds.map((i) => i.code).join('+'),
  };
}

const COLUMN_NAMES: Record<ValueColumn, { zh: string; en: string }> = {
  current: { zh: '本年', en: 'this year' },
  prior: { zh: '上年', en: 'last year' },
};

/** {columnName} 本年/上年 and {columnNameEn}. */
export function columnNames(column: ValueColumn): Names {
  return { columnName: COLUMN_NAMES[column].zh, columnNameEn: COLUMN_NAMES[column].en };
}
