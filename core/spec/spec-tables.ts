import type { Indicator, LocalizedText, TemplateSpec } from './template-spec.js';

/** One table of a template as every reader and writer sees it: a sheet with its own sections. */
export interface SpecTableView {
  id: string;
  title: LocalizedText;
  sheetName: string;
  /** Section ids, in spec order. */
  sections: readonly string[];
  /** The table's indicators, in spec order. */
  indicators: readonly Indicator[];
}

/** Id of the one table of a spec that names no tables. */
export const SINGLE_TABLE_ID = 'main';

const cache = new WeakMap<TemplateSpec, readonly SpecTableView[]>();

/**
 * The spec's tables, normalised: its `tables` when it has them, else one
 * table on `sheetName` holding every section, titled with the spec's title.
 * Sections keep spec order within a table. Built once per spec.
 * @example specTables(standardSpec).map((t) => t.sheetName) // ['基本情况统计表']
 */
export function specTables(spec: TemplateSpec): readonly SpecTableView[] {
  let tables = cache.get(spec);
  if (!tables) {
    tables = build(spec);
    cache.set(spec, tables);
  }
  return tables;
}

function build(spec: TemplateSpec): SpecTableView[] {
  const declared = spec.tables ?? [{ id: SINGLE_TABLE_ID, title: spec.title, sheetName: spec.sheetName, sections: spec.sections.map((s) => s.id) }];
  return declared.map((t) => {
    const own = new Set(t.sections);
    return {
      id: t.id,
      title: t.title,
      sheetName: t.sheetName,
      sections: spec.sections.filter((s) => own.has(s.id)).map((s) => s.id),
      indicators: spec.indicators.filter((i) => own.has(i.section)),
    };
  });
}

/** Whether the spec has more than one table (outputs then say which table a figure is in). */
export function isMultiTable(spec: TemplateSpec): boolean {
  return specTables(spec).length > 1;
}

/** The table an indicator is in (every section is in exactly one: the schema checks it). */
export function tableOfIndicator(spec: TemplateSpec, code: string): SpecTableView {
  const tables = specTables(spec);
  return tables.find((t) => t.indicators.some((i) => i.code === code)) ?? tables[0];
}

/** The table a section is in. */
export function tableOfSection(spec: TemplateSpec, section: string): SpecTableView {
  const tables = specTables(spec);
  return tables.find((t) => t.sections.includes(section)) ?? tables[0];
}
