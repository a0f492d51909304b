import type { IndicatorKind } from '../spec/template-spec.js';
import { KINDS, type Reader } from './book-cell-reader.js';
import type { BookRow } from './book-table.js';
import { KIND_WORDS, type GenericKind } from './spec-book-layout.js';

/** One 通用审核 row's kind-specific part. */
export function readGeneric(r: Reader, row: BookRow, kind: GenericKind): Record<string, unknown> | undefined {
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
