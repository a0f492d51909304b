import type { WorkbookGrids } from '../grid/grid.js';
import type { LocalizedText } from '../spec/template-spec.js';
import { NO, YES, type Reader } from './book-cell-reader.js';
import { bookTable, type BookRow } from './book-table.js';
import type { COLUMNS } from './spec-book-layout.js';

/** 表头 and 表栏: key (its word, e.g. 单位代码, or the English key), label, other spellings, required. */
export function labelled<K extends string>(
  r: Reader,
  book: WorkbookGrids,
  sheet: string,
  defs: readonly (typeof COLUMNS.headerFields)[number][],
  keys: { options: Map<string, K>; words: Record<K, string> },
  at: (path: string, row: BookRow, head?: string) => void,
  path: string,
): { key: K; label: LocalizedText; aliases: string[]; required: boolean }[] {
  const out: { key: K; label: LocalizedText; aliases: string[]; required: boolean }[] = [];
  const seen = new Map<string, string>();
  for (const row of bookTable(book, sheet, defs, r.problems) ?? []) {
    const key = r.choice(row, '代码', keys.options, keys.words);
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
