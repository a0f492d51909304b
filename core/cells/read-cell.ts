import type { RawCell } from '../grid/grid.js';
import type { IndicatorKind } from '../spec/template-spec.js';
import type { CellNote, ReadCellResult } from './cell-reading.js';
import { serialToIsoDate } from './excel-date.js';
import { isDateFormat, isPercentFormat } from './number-format.js';
import { scaled } from './parse-number-token.js';
import { readTextCell } from './read-text-cell.js';

const refuse = (text: string, code: CellNote['code'], params: CellNote['params']): ReadCellResult => ({
  reading: { state: 'invalid', text },
  notes: [{ code, severity: 'hard', params }],
});

/**
 * Turns one raw cell of the table into what it means for an indicator of the
 * given kind, with a note for everything assumed (soft) or refused (hard).
 * A blank cell is `empty`, never 0; a formula without a saved result is
 * `uncached`, never 0; a formula with a cached value reads that value.
 * @example readCell({ value: { type: 'string', value: '1,234' } }, 'count')
 *   // → { reading: { state: 'number', value: 1234 }, notes: [{ code: 'cell.thousands-separator', … }] }
 */
export function readCell(raw: RawCell, kind: IndicatorKind): ReadCellResult {
  if (raw.uncachedFormula) {
    const formula = raw.formula ?? '';
    return {
      reading: { state: 'uncached', formula },
      notes: [{ code: 'cell.uncached-formula', severity: 'hard', params: { formula, text: `=${formula}` } }],
    };
  }
  const v = raw.value;
  switch (v.type) {
    case 'blank':
      return { reading: { state: 'empty' }, notes: [] };
    case 'string':
      return readTextCell(v.value, kind);
    case 'number':
      return readNumber(v.value, raw.numFmt, kind);
    case 'boolean': {
      const text = v.value ? 'TRUE' : 'FALSE';
      return refuse(text, 'cell.boolean', { text });
    }
    case 'date': {
      const text = serialToIsoDate(v.serial);
      return refuse(text, 'cell.date', { text, value: v.serial });
    }
    case 'error':
      return {
        reading: { state: 'error', error: v.value },
        notes: [{ code: 'cell.error-value', severity: 'hard', params: { text: v.value } }],
      };
  }
}

function readNumber(value: number, numFmt: string | undefined, kind: IndicatorKind): ReadCellResult {
  if (!Number.isFinite(value)) return refuse(String(value), 'cell.not-a-number', { text: String(value) });
  // A date typed into a value cell becomes a serial number with a date format: never a count.
  if (isDateFormat(numFmt)) {
    const text = serialToIsoDate(value);
    return refuse(text, 'cell.date', { text, value });
  }
  if (isPercentFormat(numFmt)) {
    const percent = scaled(value, 100);
    // Excel stores 92.3% as 0.923: in a rate cell that is just storage, elsewhere it is a percent where none belongs.
    if (kind === 'rate') return { reading: { state: 'number', value: percent }, notes: [] };
    const text = `${percent}%`;
    return refuse(text, 'cell.percent-not-rate', { text, value: percent });
  }
  // Excel shows and computes 15 significant digits: 0.1 + 0.2 is 0.3 in the sheet, and so it is here.
  return { reading: { state: 'number', value: Number(value.toPrecision(15)) }, notes: [] };
}
