import type { SpecTable } from '../spec/template-spec.js';
import { BAD_SHEET_CHARS, RESERVED_SHEETS, sheetNameKey } from '../spec/table-faults.js';
import type { Reader } from './book-cell-reader.js';
import type { BookRow } from './book-table.js';
import { LIST_JOIN } from './spec-book-layout.js';

const RESERVED = new Set(RESERVED_SHEETS.map(sheetNameKey));

export interface TablesContext {
  /** Section code or title → section id (the 部分 sheet). */
  sectionIds: ReadonlyMap<string, string>;
  /** Every section id, in 部分 order, each with the cell of its row. */
  sections: readonly { id: string; sheet: string; cell: string }[];
}

/**
 * The 表 sheet: one row per table (编号, 名称, 工作表名称, 部分). Every fault
 * at its cell: ids and sheet names twice, a sheet name Excel refuses or the
 * template uses itself, a section unknown, in two tables or in none.
 * @example readTablesSheet(r, rows, { sectionIds, sections })
 */
export function readTablesSheet(r: Reader, rows: readonly BookRow[], context: TablesContext): SpecTable[] {
  const { problems } = r;
  const tables: SpecTable[] = [];
  const ids = new Map<string, string>();
  const sheets = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const row of rows) {
    const id = r.required(row, '编号');
    const title = r.localized(row, '名称', '英文名称', true);
    const sheetName = r.required(row, '工作表名称');
    const here = (head: string) => `${row.sheet}!${row.cell(head)}`;
    if (id !== undefined) {
      if (ids.has(id)) problems.add('spec-book.table-duplicate-id', row.sheet, row.cell('编号'), { id, first: ids.get(id)! });
      else ids.set(id, here('编号'));
    }
    if (sheetName !== undefined) {
      const key = sheetNameKey(sheetName);
      if (sheetName.length > 31 || BAD_SHEET_CHARS.test(sheetName)) problems.add('spec-book.sheet-name', row.sheet, row.cell('工作表名称'), { value: sheetName });
      else if (RESERVED.has(key)) problems.add('spec-book.table-reserved-sheet', row.sheet, row.cell('工作表名称'), { value: sheetName });
      else if (sheets.has(key)) problems.add('spec-book.table-duplicate-sheet', row.sheet, row.cell('工作表名称'), { value: sheetName, first: sheets.get(key)! });
      else sheets.set(key, here('工作表名称'));
    }
    const sections: string[] = [];
    const listed = r.list(row, '部分');
    if (listed.length === 0) r.required(row, '部分');
    for (const text of listed) {
      const sid = context.sectionIds.get(text);
      if (sid === undefined) {
        problems.add('spec-book.table-unknown-section', row.sheet, row.cell('部分'), { value: text, sections: [...new Set(context.sectionIds.values())].join(LIST_JOIN) });
      } else if (owner.has(sid)) {
        problems.add('spec-book.table-section-twice', row.sheet, row.cell('部分'), { value: text, first: owner.get(sid)! });
      } else {
        owner.set(sid, here('编号'));
        sections.push(sid);
      }
    }
    if (id !== undefined && title && sheetName !== undefined && sections.length > 0) tables.push({ id, title, sheetName, sections });
  }
  for (const s of context.sections) {
    if (!owner.has(s.id) && rows.length > 0) problems.add('spec-book.table-section-none', s.sheet, s.cell, { value: s.id });
  }
  return tables;
}
