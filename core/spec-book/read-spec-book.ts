import { compileCheckFormula, ratioOf } from '../formula/compile-check-formula.js';
import { foldFullWidth } from '../formula/formula-tokens.js';
import { parseFormula } from '../formula/parse-formula.js';
import { suggestCodes } from '../formula/suggest-code.js';
import { formulaReadsPrior, validateFormula } from '../formula/validate-formula.js';
import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import { formatSpecPath } from '../spec/parse-spec.js';
import {
  ColumnKey,
  HeaderFieldKey,
  Period,
  TemplateSpecSchema,
  type Indicator,
  type IndicatorKind,
  type LocalizedText,
  type Rule,
  type TemplateSpec,
  type TemplateSpecInput,
  type ValueColumn,
} from '../spec/template-spec.js';
import { BookProblems } from './book-problems.js';
import { bookTable, type BookRow } from './book-table.js';
import {
  COLUMN_WORDS,
  COLUMNS,
  GENERIC_KIND_WORDS,
  HEADER_CHECK_WORDS,
  KIND_WORDS,
  LIST_SEPARATOR,
  SEVERITY_WORDS,
  SHEETS,
  TEMPLATE_ITEMS,
  YES_NO,
  type GenericKind,
} from './spec-book-layout.js';

export type ReadSpecBookResult = { ok: true; spec: TemplateSpec } | { ok: false; problems: Issue[] };

type Where = { sheet: string; cell: string };

/** A choice cell's accepted spellings: the Chinese word, with or without 类/性, and the English key. */
function choices<K extends string>(words: Record<K, string>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [key, word] of Object.entries(words) as [K, string][]) {
    m.set(word, key);
    m.set(key.toLowerCase(), key);
    m.set(word.replace(/[类性]$/, ''), key);
    m.set(`${word.replace(/[类性]$/, '')}类`, key);
  }
  return m;
}

const KINDS = choices(KIND_WORDS);
const SEVERITIES = choices(SEVERITY_WORDS);
const COLUMN_CHOICES = choices(COLUMN_WORDS);
const GENERIC_KINDS = choices(GENERIC_KIND_WORDS);
const HEADER_CHECKS = choices(HEADER_CHECK_WORDS);
const YES = new Set([YES_NO.yes, 'Y', 'YES', 'TRUE', '必填']);
const NO = new Set([YES_NO.no, 'N', 'NO', 'FALSE', '']);
const CODE = /^[A-Z][0-9]{2}$/;

/** Reads cells of one sheet into typed values, adding a problem at the cell for each fault. */
class Reader {
  constructor(
    readonly problems: BookProblems,
    readonly codes: readonly string[] = [],
  ) {}

  required(row: BookRow, head: string): string | undefined {
    const t = row.text(head);
    if (t === '') this.problems.add('spec-book.required', row.sheet, row.cell(head), { column: head });
    return t === '' ? undefined : t;
  }

  number(row: BookRow, head: string, integer = false): number | undefined {
    const raw = row.raw(head);
    if (!raw || raw.value.type === 'blank') return undefined;
    const value = raw.value.type === 'number' ? raw.value.value : Number(foldFullWidth(row.text(head)).replace(/,/g, ''));
    if (!Number.isFinite(value) || row.text(head) === '' || (integer && !Number.isInteger(value))) {
      this.problems.add(integer ? 'spec-book.not-integer' : 'spec-book.not-number', row.sheet, row.cell(head), { value: row.text(head), column: head });
      return undefined;
    }
    return value;
  }

  choice<K extends string>(row: BookRow, head: string, options: Map<string, K>, words: Record<K, string>, required = true): K | undefined {
    const t = row.text(head);
    if (t === '') {
      if (required) this.problems.add('spec-book.required', row.sheet, row.cell(head), { column: head });
      return undefined;
    }
    const key = options.get(t) ?? options.get(t.toLowerCase());
    if (!key) this.problems.add('spec-book.bad-choice', row.sheet, row.cell(head), { value: t, column: head, choices: Object.values<string>(words).join('、') });
    return key;
  }

  list(row: BookRow, head: string): string[] {
    return row
      .text(head)
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** A list of indicator codes, each known (with a suggestion when one is a typo). */
  codeList(row: BookRow, head: string): string[] {
    const out: string[] = [];
    for (const code of this.list(row, head)) if (this.knownCode(row, head, code)) out.push(code);
    return out;
  }

  knownCode(row: BookRow, head: string, code: string): boolean {
    if (this.codes.includes(code)) return true;
    const near = suggestCodes(code, this.codes);
    if (near.length > 0) this.problems.add('formula.unknown-code.suggest', row.sheet, row.cell(head), { code, suggestion: near.join('、'), suggestionEn: near.join(', ') });
    else this.problems.add('formula.unknown-code', row.sheet, row.cell(head), { code });
    return false;
  }

  columns(row: BookRow, head: string): ValueColumn[] | undefined {
    const items = this.list(row, head);
    if (items.length === 0) return undefined;
    const out: ValueColumn[] = [];
    for (const item of items) {
      const key = COLUMN_CHOICES.get(item) ?? COLUMN_CHOICES.get(item.replace(/栏$/, ''));
      if (!key) {
        this.problems.add('spec-book.bad-choice', row.sheet, row.cell(head), { value: item, column: head, choices: '本年、上年' });
        return undefined;
      }
      if (!out.includes(key)) out.push(key);
    }
    return out;
  }

  /** Chinese text and its English column; English left empty reads as the Chinese. */
  localized(row: BookRow, head: string, enHead: string, required: boolean): LocalizedText | undefined {
    const zh = required ? this.required(row, head) : row.text(head);
    const en = row.text(enHead);
    if (!zh && !en) return undefined;
    return { zh: zh || en, en: en || zh || '' };
  }
}

/** The spec's rule wording: 说明 is the hint, 错误信息 the message. */
function wording(r: Reader, row: BookRow): { hint?: LocalizedText; message?: LocalizedText } {
  const hint = r.localized(row, '说明', '英文说明', false);
  const message = r.localized(row, '错误信息', '英文错误信息', false);
  return { ...(message ? { message } : {}), ...(hint ? { hint } : {}) };
}

/** Each indicator's 上级指标 chain must end: A05 → A07 → A05 is reported once, on the first row of the loop. */
function parentCycles(parents: Map<string, { parent: string; where: Where }>, problems: BookProblems): void {
  const reported = new Set<string>();
  for (const [start] of parents) {
    const path = [start];
    let at = parents.get(start)?.parent;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = parents.get(at)?.parent;
    }
    if (at === undefined || at !== start || reported.has(start)) continue;
    path.forEach((c) => reported.add(c));
    const where = parents.get(start)!.where;
    problems.add('spec-book.parent-cycle', where.sheet, where.cell, { cycle: [...path, start].join(' → ') });
  }
}

/**
 * Reads 指标体系.xlsx (any Grid source: the fast reader, exceljs, office-js)
 * into a template spec. Every fault is reported at its sheet and cell in the
 * catalog's words (`审核公式!B7：未知指标代码 A99，是否为 A09？`); a workbook
 * with any fault gives no spec.
 * @example const r = readSpecBook(workbook); if (!r.ok) r.problems.map((p) => `${p.sheet}!${p.cell}：${p.message.zh}`)
 */
export function readSpecBook(book: WorkbookGrids): ReadSpecBookResult {
  const problems = new BookProblems();
  const where = new Map<string, Where>();
  const at = (path: string, row: BookRow, head?: string) => where.set(path, { sheet: row.sheet, cell: head ? row.cell(head) : row.cell('') });
  const plain = new Reader(problems);

  // 模板: the spec's identity, one item a row.
  const identity = new Map<string, BookRow>();
  for (const row of bookTable(book, SHEETS.template, COLUMNS.template, problems) ?? []) identity.set(row.text('项目'), row);
  const item = (label: string, required = true): string => {
    const row = identity.get(label);
    if (!row) {
      if (required) problems.add('spec-book.item-missing', SHEETS.template, 'A1', { item: label });
      return '';
    }
    return (required ? plain.required(row, '内容') : row.text('内容')) ?? '';
  };
  const id = item(TEMPLATE_ITEMS.id);
  if (id && !/^[a-z][a-z0-9-]*$/.test(id)) problems.add('spec-book.bad-id', SHEETS.template, identity.get(TEMPLATE_ITEMS.id)!.cell('内容'), { value: id });
  const versionRow = identity.get(TEMPLATE_ITEMS.version);
  const version = versionRow ? plain.number(versionRow, '内容', true) : undefined;
  if (!versionRow) item(TEMPLATE_ITEMS.version);
  const titleZh = item(TEMPLATE_ITEMS.title);
  const titleEn = item(TEMPLATE_ITEMS.titleEn, false);
  const sheetName = item(TEMPLATE_ITEMS.sheetName);

  // 部分
  const sections: TemplateSpecInput['sections'] = [];
  const sectionIds = new Map<string, string>();
  const sectionRows = bookTable(book, SHEETS.sections, COLUMNS.sections, problems);
  for (const row of sectionRows ?? []) {
    const sid = plain.required(row, '代码');
    const title = plain.localized(row, '名称', '英文名称', true);
    at(`sections[${sections.length}]`, row, '代码');
    if (sid && title) {
      sections.push({ id: sid, title });
      sectionIds.set(sid, sid).set(title.zh, sid);
    }
  }

  // 指标: codes first, so every later reference can be checked and a typo named.
  const table = bookTable(book, SHEETS.indicators, COLUMNS.indicators, problems);
  // Without the 指标 sheet every code elsewhere would look unknown: its own fault is the one worth reading.
  if (!table) return { ok: false, problems: problems.list };
  const indicatorRows = table;
  const firstCell = new Map<string, string>();
  const codes: string[] = [];
  for (const row of indicatorRows) {
    const code = plain.required(row, '代码');
    if (code === undefined) continue;
    if (!CODE.test(code)) problems.add('spec-book.bad-code', row.sheet, row.cell('代码'), { value: code });
    else if (firstCell.has(code)) problems.add('spec-book.duplicate-code', row.sheet, row.cell('代码'), { code, first: firstCell.get(code)! });
    else {
      firstCell.set(code, `${row.sheet}!${row.cell('代码')}`);
      codes.push(code);
    }
  }
  const r = new Reader(problems, codes);
  const indicators: TemplateSpecInput['indicators'] = [];
  const parents = new Map<string, { parent: string; where: Where }>();
  for (const row of indicatorRows) {
    const code = row.text('代码');
    const name = r.localized(row, '名称', '英文名称', true);
    const unit = r.localized(row, '计量单位', '英文计量单位', true);
    const kind = r.choice(row, '类型', KINDS, KIND_WORDS);
    const sectionText = r.required(row, '所属部分');
    const section = sectionText === undefined ? undefined : sectionIds.get(sectionText);
    if (sectionText !== undefined && section === undefined && sectionRows) {
      problems.add('spec-book.unknown-section', row.sheet, row.cell('所属部分'), { value: sectionText, sections: [...new Set(sectionIds.values())].join('、') });
    }
    const parentText = row.text('上级指标');
    const parent = parentText && r.knownCode(row, '上级指标', parentText) ? parentText : undefined;
    if (parent === code) problems.add('spec-book.parent-cycle', row.sheet, row.cell('上级指标'), { cycle: `${code} → ${code}` });
    else if (parent && CODE.test(code)) parents.set(code, { parent, where: { sheet: row.sheet, cell: row.cell('上级指标') } });
    const decimals = r.number(row, '小数位', true);
    if (row.text('小数位') === '') r.required(row, '小数位');
    else if (decimals !== undefined && (decimals < 0 || decimals > 6)) problems.add('spec-book.decimals-range', row.sheet, row.cell('小数位'), { value: decimals });
    const derive = readDerivation(r, row, code, kind);
    const help = r.localized(row, '填表说明', '英文填表说明', false);
    if (!CODE.test(code) || !name || !unit || !kind || !section || decimals === undefined) continue;
    at(`indicators[${indicators.length}]`, row, '代码');
    indicators.push({ code, name, unit, kind, section, ...(parent ? { parent } : {}), decimals, ...(derive ? { derive } : {}), ...(help ? { help } : {}) });
  }
  parentCycles(parents, problems);
  const byCode = new Map(indicators.map((i) => [i.code, i as Indicator]));

  const rules: Rule[] = [];
  const ruleIds = new Map<string, string>();
  const ruleId = (row: BookRow): string | undefined => {
    const rid = r.required(row, '编号');
    if (rid === undefined) return undefined;
    if (ruleIds.has(rid)) {
      problems.add('spec-book.duplicate-id', row.sheet, row.cell('编号'), { id: rid, first: ruleIds.get(rid)! });
      return undefined;
    }
    ruleIds.set(rid, `${row.sheet}!${row.cell('编号')}`);
    return rid;
  };

  // 审核公式: text compiled to today's kinds where it matches one, else a formula rule.
  for (const row of bookTable(book, SHEETS.checks, COLUMNS.checks, problems, true) ?? []) {
    const rid = ruleId(row);
    const text = formulaText(r, row, '公式');
    const severity = r.choice(row, '级别', SEVERITIES, SEVERITY_WORDS);
    const tolerance = r.number(row, '容差') ?? 0;
    if (tolerance < 0) problems.add('spec-book.negative', row.sheet, row.cell('容差'), { value: tolerance });
    const columns = r.columns(row, '适用栏');
    if (text === undefined) continue;
    const parsed = parseFormula(text, 'comparison');
    const faults = parsed.ok ? validateFormula(parsed.formula, codes) : [parsed.error];
    for (const f of faults) problems.add(f.code, row.sheet, row.cell('公式'), f.values);
    if (!parsed.ok || faults.length > 0 || parsed.formula.kind !== 'comparison') continue;
    if (columns?.includes('prior') && formulaReadsPrior(parsed.formula)) problems.add('spec-book.prior-column', row.sheet, row.cell('适用栏'));
    if (rid === undefined || severity === undefined) continue;
    at(`rules[${rules.length}]`, row, '公式');
    rules.push(compileCheckFormula(text, parsed.formula.comparison, { id: rid, severity, tolerance, columns, ...wording(r, row) }, byCode));
  }

  // 通用审核: checks by kind of indicator, with their parameters.
  for (const row of bookTable(book, SHEETS.generic, COLUMNS.generic, problems, true) ?? []) {
    const rid = ruleId(row);
    const kind = r.choice(row, '审核类型', GENERIC_KINDS, GENERIC_KIND_WORDS);
    const severity = r.choice(row, '级别', SEVERITIES, SEVERITY_WORDS);
    const rule = kind && readGeneric(r, row, kind);
    if (rid === undefined || severity === undefined || !rule) continue;
    at(`rules[${rules.length}]`, row, '审核类型');
    rules.push({ id: rid, severity, ...rule, ...wording(r, row) } as Rule);
  }

  // 表头审核
  for (const row of bookTable(book, SHEETS.header, COLUMNS.header, problems, true) ?? []) {
    const rid = ruleId(row);
    const field = r.choice(row, '表头项', choices(keyWords(HeaderFieldKey.options)), keyWords(HeaderFieldKey.options));
    const check = r.choice(row, '审核内容', HEADER_CHECKS, HEADER_CHECK_WORDS);
    const severity = r.choice(row, '级别', SEVERITIES, SEVERITY_WORDS);
    if (rid === undefined || !field || !check || !severity) continue;
    at(`rules[${rules.length}]`, row, '表头项');
    rules.push({ id: rid, kind: 'header', severity, field, check, ...wording(r, row) });
  }

  const header = labelled(r, book, SHEETS.headerFields, COLUMNS.headerFields, HeaderFieldKey.options, at, 'header');
  const columns = labelled(r, book, SHEETS.columns, COLUMNS.columns, ColumnKey.options, at, 'columns');
  const periods: TemplateSpecInput['periods'] = [];
  const periodKeys = Period.shape.key.options;
  for (const row of bookTable(book, SHEETS.periods, COLUMNS.periods, problems) ?? []) {
    const key = r.choice(row, '代码', choices(keyWords(periodKeys)), keyWords(periodKeys));
    const label = r.localized(row, '名称', '英文名称', true);
    at(`periods[${periods.length}]`, row, '代码');
    if (key && label) periods.push({ key, label });
  }

  const sentences: TemplateSpecInput['sentences'] = [];
  for (const row of bookTable(book, SHEETS.sentences, COLUMNS.sentences, problems, true) ?? []) {
    const section = r.required(row, '部分');
    if (section !== undefined && !sectionIds.has(section) && sectionRows) problems.add('spec-book.unknown-section', row.sheet, row.cell('部分'), { value: section, sections: [...new Set(sectionIds.values())].join('、') });
    const requires = r.codeList(row, '所需指标');
    if (requires.length === 0 && row.text('所需指标') === '') r.required(row, '所需指标');
    const text = r.localized(row, '语句', '英文语句', true);
    at(`sentences[${sentences.length}]`, row, '语句');
    if (section && text && requires.length > 0) sentences.push({ section: sectionIds.get(section) ?? section, requires, text });
  }

  if (problems.count > 0) return { ok: false, problems: problems.list };
  const input: TemplateSpecInput = {
    id,
    version: version ?? 0,
    title: { zh: titleZh, en: titleEn || titleZh },
    sheetName,
    periods,
    header,
    columns,
    sections,
    indicators,
    rules,
    sentences,
  };
  const parsed = TemplateSpecSchema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data };
  // What the sheets' own checks did not catch (a version of 0, a sheet name over 31 characters…), at the nearest place known.
  for (const issue of parsed.error.issues) {
    const path = formatSpecPath(issue.path);
    let place: Where | undefined;
    for (let p = path; !place; ) {
      place = where.get(p);
      const up = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
      if (up === p) break;
      p = up;
    }
    problems.add('spec-book.invalid', place?.sheet ?? SHEETS.template, place?.cell, { path: path || '(root)' });
  }
  return { ok: false, problems: problems.list };
}

/** Enum keys as their own words (the 表头、表栏、统计期 sheets name fields by key: unitCode, current, annual). */
function keyWords<K extends string>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, k])) as unknown as Record<K, string>;
}

/** 表头 and 表栏: key, label, other spellings, required. */
function labelled<K extends string>(
  r: Reader,
  book: WorkbookGrids,
  sheet: string,
  defs: readonly (typeof COLUMNS.headerFields)[number][],
  keys: readonly K[],
  at: (path: string, row: BookRow, head?: string) => void,
  path: string,
): { key: K; label: LocalizedText; aliases: string[]; required: boolean }[] {
  const out: { key: K; label: LocalizedText; aliases: string[]; required: boolean }[] = [];
  const seen = new Map<string, string>();
  for (const row of bookTable(book, sheet, defs, r.problems) ?? []) {
    const key = r.choice(row, '代码', choices(keyWords(keys)), keyWords(keys));
    if (key && seen.has(key)) {
      r.problems.add('spec-book.duplicate-key', row.sheet, row.cell('代码'), { key, first: seen.get(key)! });
      continue;
    }
    if (key) seen.set(key, `${row.sheet}!${row.cell('代码')}`);
    const label = r.localized(row, '名称', '英文名称', true);
    const flag = row.text('必填').toUpperCase();
    const required = YES.has(flag) ? true : NO.has(flag) ? false : undefined;
    if (required === undefined) r.problems.add('spec-book.bad-choice', row.sheet, row.cell('必填'), { value: row.text('必填'), column: '必填', choices: '是、否' });
    at(`${path}[${out.length}]`, row, '代码');
    if (key && label && required !== undefined) out.push({ key, label, aliases: r.list(row, '其他写法'), required });
  }
  return out;
}

/**
 * A formula cell's text. Excel takes a cell typed as `=A02<=A01` or `-A01+A02`
 * for one of its own formulas; its cached value (#NAME?) is no formula of ours.
 */
function formulaText(r: Reader, row: BookRow, head: string, required = true): string | undefined {
  const raw = row.raw(head);
  if (raw?.formula !== undefined) {
    r.problems.add('spec-book.excel-formula', row.sheet, row.cell(head), { formula: raw.formula });
    return undefined;
  }
  return required ? r.required(row, head) : row.text(head) || undefined;
}

/** 计算公式 of a rate or ratio: numerator / denominator * factor; entered kinds have none. */
function readDerivation(r: Reader, row: BookRow, code: string, kind: IndicatorKind | undefined): Indicator['derive'] {
  const text = formulaText(r, row, '计算公式', false) ?? '';
  const derived = kind === 'rate' || kind === 'ratio';
  if (!kind) return undefined;
  if (!derived) {
    if (text !== '') r.problems.add('spec-book.derive-not-allowed', row.sheet, row.cell('计算公式'), { code, kindName: KIND_WORDS[kind] });
    return undefined;
  }
  if (text === '') {
    r.problems.add('spec-book.derive-missing', row.sheet, row.cell('计算公式'), { code, kindName: KIND_WORDS[kind] });
    return undefined;
  }
  const parsed = parseFormula(text, 'expression');
  const faults = parsed.ok ? validateFormula(parsed.formula, r.codes) : [parsed.error];
  for (const f of faults) r.problems.add(f.code, row.sheet, row.cell('计算公式'), f.values);
  if (!parsed.ok || faults.length > 0 || parsed.formula.kind !== 'expression') return undefined;
  const ratio = ratioOf(parsed.formula.expr);
  if (!ratio || ratio.factor <= 0) {
    r.problems.add('spec-book.derive-shape', row.sheet, row.cell('计算公式'), { code });
    return undefined;
  }
  return ratio;
}

/** One 通用审核 row's kind-specific part. */
function readGeneric(r: Reader, row: BookRow, kind: GenericKind): Record<string, unknown> | undefined {
  const kindsText = r.list(row, '适用类型');
  const kinds: IndicatorKind[] = [];
  for (const k of kindsText) {
    const key = KINDS.get(k);
    if (key) kinds.push(key);
    else r.problems.add('spec-book.bad-choice', row.sheet, row.cell('适用类型'), { value: k, column: '适用类型', choices: Object.values(KIND_WORDS).join('、') });
  }
  const codes = r.codeList(row, '适用指标');
  if (kindsText.length === 0 && r.list(row, '适用指标').length === 0) {
    r.problems.add('spec-book.selector-empty', row.sheet, row.cell('适用类型'));
    return undefined;
  }
  const appliesTo = { ...(kinds.length ? { kinds } : {}), ...(codes.length ? { codes } : {}) };
  const columns = r.columns(row, '适用栏');
  const cols = columns ? { columns } : {};
  const opt = (head: string, key: string, integer = false) => {
    const v = r.number(row, head, integer);
    return v === undefined ? {} : { [key]: v };
  };
  switch (kind) {
    case 'derived-consistency':
    case 'whole-number':
    case 'required-value':
      return { kind, appliesTo, ...cols };
    case 'range':
      return { kind, appliesTo, ...opt('下限', 'min'), ...opt('上限', 'max'), ...cols };
    case 'max-decimals': {
      const decimals = r.number(row, '小数位', true);
      if (decimals === undefined) r.required(row, '小数位');
      return decimals === undefined ? undefined : { kind, appliesTo, decimals, ...cols };
    }
    case 'historical': {
      const limits = { ...opt('百分比阈值', 'maxChangePercent'), ...opt('百分点阈值', 'maxChangePoints') };
      if (Object.keys(limits).length === 0) {
        r.problems.add('spec-book.historical-threshold', row.sheet, row.cell('百分比阈值'));
        return undefined;
      }
      return { kind, appliesTo, ...limits };
    }
    case 'prior-matches-last-year':
      return { kind, appliesTo, ...opt('容差', 'tolerance') };
  }
}
