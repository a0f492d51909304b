import { compileCheckFormula } from '../formula/compile-check-formula.js';
import { parseFormula } from '../formula/parse-formula.js';
import { formulaReadsPrior, validateFormula } from '../formula/validate-formula.js';
import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import { formatSpecPath } from '../spec/parse-spec.js';
import { TemplateSpecSchema, type Indicator, type Rule, type TemplateSpec, type TemplateSpecInput } from '../spec/template-spec.js';
import { CODE, COLUMN_KEYS, formulaText, GENERIC_KINDS, HEADER_CHECKS, HEADER_FIELDS, KINDS, PERIODS, Reader, SEVERITIES, wording } from './book-cell-reader.js';
import { BookProblems } from './book-problems.js';
import { bookTable, type BookRow } from './book-table.js';
import { parentCycles, type Where } from './parent-cycles.js';
import { readDerivation } from './read-derivation.js';
import { readGeneric } from './read-generic-rule.js';
import { readTablesSheet } from './read-tables-sheet.js';
import { tableOfIndicatorIn } from './table-of-indicator.js';
import { labelled } from './read-labelled-sheet.js';
import {
  COLUMN_KEY_WORDS,
  COLUMNS,
  GENERIC_KIND_WORDS,
  HEADER_CHECK_WORDS,
  HEADER_FIELD_WORDS,
  KIND_WORDS,
  PERIOD_WORDS,
  SEVERITY_WORDS,
  SHEETS,
  TEMPLATE_ITEMS,
} from './spec-book-layout.js';

export type ReadSpecBookResult = { ok: true; spec: TemplateSpec } | { ok: false; problems: Issue[] };

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
  const version = versionRow && item(TEMPLATE_ITEMS.version) !== '' ? plain.number(versionRow, '内容', true) : undefined;
  if (!versionRow) item(TEMPLATE_ITEMS.version);
  const titleZh = item(TEMPLATE_ITEMS.title);
  const titleEn = item(TEMPLATE_ITEMS.titleEn, false);
  // 表: a template of several tables; the 工作表名称 above may then be left empty (the first table's sheet).
  const tableRows = bookTable(book, SHEETS.tables, COLUMNS.tables, problems, true) ?? [];
  let sheetName = item(TEMPLATE_ITEMS.sheetName, tableRows.length === 0);
  const identityPaths: [string, string][] = [
    ['id', TEMPLATE_ITEMS.id],
    ['version', TEMPLATE_ITEMS.version],
    ['title', TEMPLATE_ITEMS.title],
    ['title.en', TEMPLATE_ITEMS.titleEn],
    ['sheetName', TEMPLATE_ITEMS.sheetName],
  ];
  for (const [path, label] of identityPaths) {
    const row = identity.get(label);
    if (row) at(path, row, '内容');
  }
  const sheetPaths: [string, string][] = [
    ['sections', SHEETS.sections],
    ['indicators', SHEETS.indicators],
    ['rules', SHEETS.checks],
    ['header', SHEETS.headerFields],
    ['columns', SHEETS.columns],
    ['periods', SHEETS.periods],
    ['sentences', SHEETS.sentences],
  ];
  for (const [path, sheet] of sheetPaths) where.set(path, { sheet, cell: 'A1' });
  if (version !== undefined && version < 1) problems.add('spec-book.version', SHEETS.template, versionRow!.cell('内容'), { value: version });
  if (sheetName && (sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName))) {
    problems.add('spec-book.sheet-name', SHEETS.template, identity.get(TEMPLATE_ITEMS.sheetName)!.cell('内容'), { value: sheetName });
  }

  // 部分
  const sections: TemplateSpecInput['sections'] = [];
  const sectionIds = new Map<string, string>();
  const sectionPlaces: { id: string; sheet: string; cell: string }[] = [];
  const sectionRows = bookTable(book, SHEETS.sections, COLUMNS.sections, problems);
  for (const row of sectionRows ?? []) {
    const sid = plain.required(row, '代码');
    const title = plain.localized(row, '名称', '英文名称', true);
    at(`sections[${sections.length}]`, row, '代码');
    if (sid && title) {
      sections.push({ id: sid, title });
      sectionIds.set(sid, sid).set(title.zh, sid);
      sectionPlaces.push({ id: sid, sheet: row.sheet, cell: row.cell('代码') });
    }
  }
  const tables = sectionRows && tableRows.length > 0 ? readTablesSheet(plain, tableRows, { sectionIds, sections: sectionPlaces }) : undefined;
  tableRows.forEach((row, i) => at(`tables[${i}]`, row, '编号'));
  if (tables && tables.length > 0) {
    const nameRow = identity.get(TEMPLATE_ITEMS.sheetName);
    if (sheetName === '') sheetName = tables[0].sheetName;
    else if (sheetName !== tables[0].sheetName && nameRow) {
      problems.add('spec-book.table-first-sheet', SHEETS.template, nameRow.cell('内容'), { value: sheetName, first: tables[0].sheetName });
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
  if (tables && tables.length > 1) {
    const tableOf = tableOfIndicatorIn(tables, indicators);
    for (const row of indicatorRows) {
      const ind = indicators.find((i) => i.code === row.text('代码'));
      const own = ind && tableOf.get(ind.code);
      if (!ind || !own) continue;
      const apart = (code: string | undefined) => (code === undefined ? undefined : tableOf.get(code) !== own ? tableOf.get(code) : undefined);
      const parentTable = apart(ind.parent);
      if (parentTable) problems.add('spec-book.table-parent-apart', row.sheet, row.cell('上级指标'), { parent: ind.parent!, table: parentTable.title.zh });
      const deriveTable = ind.derive && (apart(ind.derive.numerator) ?? apart(ind.derive.denominator));
      if (deriveTable) problems.add('spec-book.table-derive-apart', row.sheet, row.cell('计算公式'), { code: ind.code, table: deriveTable.title.zh });
    }
  }
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
    const field = r.choice(row, '表头项', HEADER_FIELDS, HEADER_FIELD_WORDS);
    const check = r.choice(row, '审核内容', HEADER_CHECKS, HEADER_CHECK_WORDS);
    const severity = r.choice(row, '级别', SEVERITIES, SEVERITY_WORDS);
    if (rid === undefined || !field || !check || !severity) continue;
    at(`rules[${rules.length}]`, row, '表头项');
    rules.push({ id: rid, kind: 'header', severity, field, check, ...wording(r, row) });
  }

  const header = labelled(r, book, SHEETS.headerFields, COLUMNS.headerFields, { options: HEADER_FIELDS, words: HEADER_FIELD_WORDS }, at, 'header');
  const columns = labelled(r, book, SHEETS.columns, COLUMNS.columns, { options: COLUMN_KEYS, words: COLUMN_KEY_WORDS }, at, 'columns');
  const periods: TemplateSpecInput['periods'] = [];
  for (const row of bookTable(book, SHEETS.periods, COLUMNS.periods, problems) ?? []) {
    const key = r.choice(row, '代码', PERIODS, PERIOD_WORDS);
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
    ...(tables && tables.length > 0 ? { tables } : {}),
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
