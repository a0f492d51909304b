import type { Derivation, LocalizedText, Rule, TemplateSpec, ValueColumn } from '../spec/template-spec.js';
import {
  COLUMN_KEY_WORDS,
  COLUMN_WORDS,
  COLUMNS,
  GENERIC_KIND_WORDS,
  HEADER_CHECK_WORDS,
  HEADER_FIELD_WORDS,
  KIND_WORDS,
  LIST_JOIN,
  PERIOD_WORDS,
  SEVERITY_WORDS,
  SHEETS,
  TEMPLATE_ITEMS,
  YES_NO,
  type ColumnDef,
} from './spec-book-layout.js';

export type BookCell = string | number | null;

/** One sheet of the spec workbook as plain data: the writer styles it, the reader reads it back. */
export interface BookSheet {
  name: string;
  columns: readonly ColumnDef[];
  rows: BookCell[][];
}

const OP_TEXT = { le: '<=', lt: '<', eq: '=', ge: '>=', gt: '>' } as const;

/** A derivation as its 计算公式: `A02 / A01 * 100` (the factor left out when it is 1). */
export function derivationText(d: Derivation): string {
  return d.factor === 1 ? `${d.numerator} / ${d.denominator}` : `${d.numerator} / ${d.denominator} * ${d.factor}`;
}

/**
 * A compare or sum-of-parts rule as a 审核公式. `C01 = (C02 + C03)` keeps an
 * equality of one code with a sum a compare rule (the parentheses say so);
 * without them it reads as total = Σ parts.
 */
export function ruleFormulaText(rule: Extract<Rule, { kind: 'compare' | 'sum-of-parts' | 'formula' }>): string {
  if (rule.kind === 'formula') return rule.formula;
  if (rule.kind === 'sum-of-parts') return `${rule.total} = ${rule.parts.join(' + ')}`;
  const right = rule.right.join(' + ');
  const grouped = rule.op === 'eq' && rule.left.length === 1 && rule.right.length >= 2;
  return `${rule.left.join(' + ')} ${OP_TEXT[rule.op]} ${grouped ? `(${right})` : right}`;
}

const columnsText = (columns: readonly ValueColumn[] | undefined) => (columns ? columns.map((c) => COLUMN_WORDS[c]).join(LIST_JOIN) : null);
const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(LIST_JOIN) : null);
const texts = (t: LocalizedText | undefined): [BookCell, BookCell] => (t ? [t.zh, t.en] : [null, null]);
const tolerance = (t: number) => (t === 0 ? null : t);

/** The rows of a rule's own wording: 说明 (hint) and 错误信息 (message), Chinese and English. */
function wording(rule: Rule): BookCell[] {
  const [hint, hintEn] = texts(rule.hint);
  const [message, messageEn] = texts(rule.message);
  return [hint, hintEn, message, messageEn];
}

/**
 * A spec as the sheets of 指标体系.xlsx. Pure: pipeline/spec-book writes them
 * with exceljs, and readSpecBook reads them back to the same spec.
 * @example specToBook(standardSpec).map((s) => s.name) // ['使用说明', '模板', '指标', …]
 */
export function specToBook(spec: TemplateSpec): BookSheet[] {
  const checks: BookCell[][] = [];
  const generic: BookCell[][] = [];
  const header: BookCell[][] = [];
  for (const rule of spec.rules) {
    if (rule.kind === 'compare' || rule.kind === 'sum-of-parts' || rule.kind === 'formula') {
      const [hint, hintEn, message, messageEn] = wording(rule);
      checks.push([rule.id, ruleFormulaText(rule), SEVERITY_WORDS[rule.severity], tolerance(rule.tolerance), hint, columnsText(rule.columns), hintEn, message, messageEn]);
    } else if (rule.kind === 'header') {
      header.push([rule.id, HEADER_FIELD_WORDS[rule.field], HEADER_CHECK_WORDS[rule.check], SEVERITY_WORDS[rule.severity], ...wording(rule)]);
    } else {
      const r = rule as Record<string, unknown> & typeof rule;
      generic.push([
        rule.id,
        GENERIC_KIND_WORDS[rule.kind],
        list(rule.appliesTo.kinds?.map((k) => KIND_WORDS[k])),
        list(rule.appliesTo.codes),
        (r.min as number | undefined) ?? null,
        (r.max as number | undefined) ?? null,
        (r.decimals as number | undefined) ?? null,
        (r.maxChangePercent as number | undefined) ?? null,
        (r.maxChangePoints as number | undefined) ?? null,
        typeof r.tolerance === 'number' ? tolerance(r.tolerance) : null,
        columnsText(r.columns as ValueColumn[] | undefined),
        SEVERITY_WORDS[rule.severity],
        ...wording(rule),
      ]);
    }
  }
  // Only a template of several tables has a 表 sheet: a one-table spec's workbook stays as it is.
  const tables: BookSheet[] = spec.tables
    ? [{ name: SHEETS.tables, columns: COLUMNS.tables, rows: spec.tables.map((t) => [t.id, t.title.zh, t.title.en, t.sheetName, list(t.sections)]) }]
    : [];
  const readme = spec.tables ? [...README_LINES, TABLES_README_LINE] : README_LINES;
  return [
    { name: SHEETS.readme, columns: [{ head: '说明', required: false, width: 110 }], rows: readme.map((l) => [l]) },
    {
      name: SHEETS.template,
      columns: COLUMNS.template,
      rows: [
        [TEMPLATE_ITEMS.id, spec.id],
        [TEMPLATE_ITEMS.version, spec.version],
        [TEMPLATE_ITEMS.title, spec.title.zh],
        [TEMPLATE_ITEMS.titleEn, spec.title.en],
        [TEMPLATE_ITEMS.sheetName, spec.sheetName],
      ],
    },
    ...tables,
    {
      name: SHEETS.indicators,
      columns: COLUMNS.indicators,
      rows: spec.indicators.map((i) => [
        i.code,
        i.name.zh,
        i.unit.zh,
        KIND_WORDS[i.kind],
        i.section,
        i.parent ?? null,
        i.decimals,
        i.derive ? derivationText(i.derive) : null,
        i.help?.zh ?? null,
        i.name.en,
        i.unit.en,
        i.help?.en ?? null,
      ]),
    },
    { name: SHEETS.checks, columns: COLUMNS.checks, rows: checks },
    { name: SHEETS.generic, columns: COLUMNS.generic, rows: generic },
    { name: SHEETS.header, columns: COLUMNS.header, rows: header },
    { name: SHEETS.sections, columns: COLUMNS.sections, rows: spec.sections.map((s) => [s.id, s.title.zh, s.title.en]) },
    {
      name: SHEETS.headerFields,
      columns: COLUMNS.headerFields,
      rows: spec.header.map((h) => [HEADER_FIELD_WORDS[h.key], h.label.zh, h.label.en, list(h.aliases), h.required ? YES_NO.yes : YES_NO.no]),
    },
    {
      name: SHEETS.columns,
      columns: COLUMNS.columns,
      rows: spec.columns.map((c) => [COLUMN_KEY_WORDS[c.key], c.label.zh, c.label.en, list(c.aliases), c.required ? YES_NO.yes : YES_NO.no]),
    },
    { name: SHEETS.periods, columns: COLUMNS.periods, rows: spec.periods.map((p) => [PERIOD_WORDS[p.key], p.label.zh, p.label.en]) },
    { name: SHEETS.sentences, columns: COLUMNS.sentences, rows: spec.sentences.map((s) => [s.section, list(s.requires), s.text.zh, s.text.en]) },
  ];
}

/** The 使用说明 sheet: what a federation statistician needs to edit the workbook. */
const README_LINES = [
  '本工作簿是统计报表的“指标体系”：改动后用 unionstat spec 指标体系.xlsx 检查，再用 unionstat template --spec 指标体系.xlsx 生成模板。',
  '“模板”表：规格编号（小写字母、数字、短横线）、版本（整数；改动指标后加 1）、报表名称、数据所在工作表名称。',
  '“指标”表：每行一项指标。代码为一个大写字母加两位数字（A01）；类型为 计数、金额、比率、比值；比率、比值须填计算公式，如 A02 / A01 * 100。',
  '“指标”表的“上级指标”填“其中：”项所属的指标代码；“所属部分”填“部分”表中的代码。',
  '“审核公式”表：每行一条审核，如 A02 <= A01、C01 = C02 + C03 + C04 + C05、变化(A04) <= 30%、A05 + A07 <= A04 * 2。',
  '  运算：+ - * /（或 × ÷），括号；比较：<= < = >= > <>（或 ≤ ≥ ≠）；函数：abs(绝对值)、sum(A01:A05 合计)、上年(A04)、变化(A04)（增减幅度，30% 即 0.3）。',
  '  级别：强制性（必须改正）或提示性（可在“说明”栏解释）；容差：允许的误差，如 0.01；适用栏：本年、上年（留空为两栏都审核）。',
  '“通用审核”表：按指标类型统一审核（整数、取值范围、小数位数、比率核对、历史变动阈值、必填、上年数核对）。',
  '“表头”“表栏”“统计期”三表的“代码”栏是固定的词（从下拉列表中选，如 单位代码、本年、年报），说明该行是哪一项；“名称”栏是模板上显示的文字，可以改。',
  '“表头审核”“部分”“表头”“表栏”“统计期”“报告语句”各表一般不需改动。英文各列可留空（按中文显示）。',
];

const TABLES_README_LINE =
  '“表”表：模板有几张表时每行一张（表一、表二 …）：编号、名称、工作表名称（每张表一个工作表）、部分（该表包含“部分”表中的哪些部分，用顿号分隔）。每个部分只属于一张表；指标代码在各表间不能重复，审核公式可以跨表（表间审核）。';
