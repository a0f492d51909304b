import { foldFullWidth } from '../formula/formula-tokens.js';
import { suggestCodes } from '../formula/suggest-code.js';
import type { LocalizedText, ValueColumn } from '../spec/template-spec.js';
import type { BookProblems } from './book-problems.js';
import type { BookRow } from './book-table.js';
import {
  COLUMN_KEY_ALSO,
  COLUMN_KEY_WORDS,
  COLUMN_WORDS,
  GENERIC_KIND_WORDS,
  HEADER_CHECK_WORDS,
  HEADER_FIELD_ALSO,
  HEADER_FIELD_WORDS,
  KIND_WORDS,
  LIST_SEPARATOR,
  PERIOD_ALSO,
  PERIOD_WORDS,
  SEVERITY_WORDS,
  YES_NO,
} from './spec-book-layout.js';

/** A choice cell's accepted spellings: the Chinese word, with or without 类/性, the English key, and any `also` spellings. */
export function choices<K extends string>(words: Record<K, string>, also: Record<string, K> = {}): Map<string, K> {
  const m = new Map<string, K>(Object.entries(also) as [string, K][]);
  for (const [key, word] of Object.entries(words) as [K, string][]) {
    m.set(word, key);
    m.set(key.toLowerCase(), key);
    m.set(word.replace(/[类性]$/, ''), key);
    m.set(`${word.replace(/[类性]$/, '')}类`, key);
  }
  return m;
}

export const KINDS = choices(KIND_WORDS);
export const SEVERITIES = choices(SEVERITY_WORDS);
const COLUMN_CHOICES = choices(COLUMN_WORDS);
export const GENERIC_KINDS = choices(GENERIC_KIND_WORDS);
export const HEADER_CHECKS = choices(HEADER_CHECK_WORDS);
export const HEADER_FIELDS = choices(HEADER_FIELD_WORDS, HEADER_FIELD_ALSO);
export const COLUMN_KEYS = choices(COLUMN_KEY_WORDS, COLUMN_KEY_ALSO);
export const PERIODS = choices(PERIOD_WORDS, PERIOD_ALSO);
export const YES = new Set([YES_NO.yes, 'Y', 'YES', 'TRUE', '必填']);
export const NO = new Set([YES_NO.no, 'N', 'NO', 'FALSE', '']);
export const CODE = /^[A-Z][0-9]{2}$/;

/** Reads cells of one sheet into typed values, adding a problem at the cell for each fault. */
export class Reader {
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
export function wording(r: Reader, row: BookRow): { hint?: LocalizedText; message?: LocalizedText } {
  const hint = r.localized(row, '说明', '英文说明', false);
  const message = r.localized(row, '错误信息', '英文错误信息', false);
  return { ...(message ? { message } : {}), ...(hint ? { hint } : {}) };
}

/**
 * A formula cell's text. Excel takes a cell typed as `=A02<=A01` or `-A01+A02`
 * for one of its own formulas; its cached value (#NAME?) is no formula of ours.
 */
export function formulaText(r: Reader, row: BookRow, head: string, required = true): string | undefined {
  const raw = row.raw(head);
  if (raw?.formula !== undefined) {
    r.problems.add('spec-book.excel-formula', row.sheet, row.cell(head), { formula: raw.formula });
    return undefined;
  }
  return required ? r.required(row, head) : row.text(head) || undefined;
}
