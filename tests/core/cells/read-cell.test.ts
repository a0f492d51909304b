import { CELL_NOTE_CODES, readCell, type CellReading } from '../../../core/cells/index.js';
import type { RawCell } from '../../../core/grid/grid.js';
import { messageCatalog } from '../../../core/messages/catalog.js';
import type { IndicatorKind } from '../../../core/spec/template-spec.js';

const str = (value: string): RawCell => ({ value: { type: 'string', value } });
const num = (value: number, numFmt?: string): RawCell => ({ value: { type: 'number', value }, numFmt });

const number = (value: number): CellReading => ({ state: 'number', value });
const invalid = (text: string): CellReading => ({ state: 'invalid', text });

/** [what the cell holds, kind, expected reading, expected notes as `severity:code`]. */
type Case = [string, IndicatorKind, CellReading, string[]];

function summary(raw: RawCell, kind: IndicatorKind) {
  const result = readCell(raw, kind);
  return { reading: result.reading, notes: result.notes.map((n) => `${n.severity}:${n.code}`) };
}

describe('readCell: numbers stored as text (DOMAIN "How numbers arrive in cells")', () => {
  const cases: Case[] = [
    ['1234', 'count', number(1234), ['soft:cell.number-as-text']],
    ['-12.5', 'amount', number(-12.5), ['soft:cell.number-as-text']],
    ['1,234', 'count', number(1234), ['soft:cell.thousands-separator']],
    ['1,234,567.89', 'amount', number(1234567.89), ['soft:cell.thousands-separator']],
    ['1，234', 'count', number(1234), ['soft:cell.thousands-separator']],
    ['300,320', 'count', number(300320), ['soft:cell.thousands-separator']],
    ['1,23', 'count', invalid('1,23'), ['hard:cell.ambiguous-separator']],
    ['12,34,567', 'count', invalid('12,34,567'), ['hard:cell.ambiguous-separator']],
    ['1.234,5', 'amount', invalid('1.234,5'), ['hard:cell.ambiguous-separator']],
    ['１２３４', 'count', number(1234), ['soft:cell.full-width']],
    ['１２．５', 'amount', number(12.5), ['soft:cell.full-width']],
    ['１，２３４', 'count', number(1234), ['soft:cell.full-width', 'soft:cell.thousands-separator']],
    [' 123 ', 'count', number(123), ['soft:cell.trimmed']],
    ['123\u00a0', 'count', number(123), ['soft:cell.trimmed']],
    ['\u3000123', 'count', number(123), ['soft:cell.trimmed']],
    ['\u22125', 'amount', number(-5), ['soft:cell.number-as-text']],
    ['－5', 'amount', number(-5), ['soft:cell.full-width']],
    ['1.5E3', 'count', number(1500), ['soft:cell.number-as-text']],
  ];
  it.each(cases)('%j as %s', (text, kind, reading, notes) => {
    expect(summary(str(text), kind)).toEqual({ reading, notes });
  });

  it('1 234 (space inside) is refused as two numbers, like 300 320', () => {
    expect(summary(str('1 234'), 'count')).toEqual({ reading: invalid('1 234'), notes: ['hard:cell.multiple-numbers'] });
  });

  it('puts what the cell showed and what was read in the params', () => {
    const { notes } = readCell(str(' 1,234 '), 'count');
    expect(notes).toEqual([
      { code: 'cell.trimmed', severity: 'soft', params: { text: '1,234', value: 1234 } },
      { code: 'cell.thousands-separator', severity: 'soft', params: { text: '1,234', value: 1234 } },
    ]);
  });
});

describe('readCell: DOMAIN.md messy inputs, cell by cell, for every kind', () => {
  const n = (value: number, ...notes: string[]) => ({ reading: number(value), notes });
  const bad = (text: string, ...notes: string[]) => ({ reading: invalid(text), notes });
  const none = (marker: string) => ({ reading: { state: 'none', marker } as CellReading, notes: ['soft:cell.none-marker'] });
  type Expected = { reading: CellReading; notes: string[] };
  // [typed text, count, amount, rate, ratio]
  const table: [string, Expected, Expected, Expected, Expected][] = [
    ['1,234', n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator')],
    ['1，234', n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator'), n(1234, 'soft:cell.thousands-separator')],
    ['１２３４', n(1234, 'soft:cell.full-width'), n(1234, 'soft:cell.full-width'), n(1234, 'soft:cell.full-width'), n(1234, 'soft:cell.full-width')],
    ['12.5%', bad('12.5%', 'hard:cell.percent-not-rate'), bad('12.5%', 'hard:cell.percent-not-rate'), n(12.5, 'soft:cell.percent-text'), bad('12.5%', 'hard:cell.percent-not-rate')],
    ['92.3', n(92.3, 'soft:cell.number-as-text'), n(92.3, 'soft:cell.number-as-text'), n(92.3, 'soft:cell.number-as-text'), n(92.3, 'soft:cell.number-as-text')],
    ['1.2万', n(12000, 'soft:cell.wan-scaled'), bad('1.2万', 'hard:cell.wan-ambiguous'), bad('1.2万', 'hard:cell.unit-mismatch'), n(12000, 'soft:cell.wan-scaled')],
    ['1.2万元', bad('1.2万元', 'hard:cell.unit-mismatch'), n(1.2, 'soft:cell.unit-text'), bad('1.2万元', 'hard:cell.unit-mismatch'), bad('1.2万元', 'hard:cell.unit-mismatch')],
    ['—', none('—'), none('—'), none('—'), none('—')],
    ['-', none('-'), none('-'), none('-'), none('-')],
    ['无', none('无'), none('无'), none('无'), none('无')],
    ['/', none('/'), none('/'), none('/'), none('/')],
    ['35 ', n(35, 'soft:cell.trimmed'), n(35, 'soft:cell.trimmed'), n(35, 'soft:cell.trimmed'), n(35, 'soft:cell.trimmed')],
    ['约300', bad('约300', 'hard:cell.approximate'), bad('约300', 'hard:cell.approximate'), bad('约300', 'hard:cell.approximate'), bad('约300', 'hard:cell.approximate')],
  ];
  const kinds: IndicatorKind[] = ['count', 'amount', 'rate', 'ratio'];
  const cases = table.flatMap(([text, ...expected]) => kinds.map((kind, i) => [text, kind, expected[i]] as const));
  it.each(cases)('%j in a %s cell', (text, kind, expected) => {
    expect(summary(str(text), kind)).toEqual(expected);
  });
});

describe('readCell: empty and none', () => {
  it.each([['count'], ['rate']] as [IndicatorKind][])('a blank %s cell is empty, not 0, with no note', (kind) => {
    expect(readCell({ value: { type: 'blank' } }, kind)).toEqual({ reading: { state: 'empty' }, notes: [] });
  });
  it.each(['', '   ', '\u3000', '\u00a0 '])('the string %j is empty', (text) => {
    expect(readCell(str(text), 'amount')).toEqual({ reading: { state: 'empty' }, notes: [] });
  });
  it.each([
    ['—', '—'],
    ['–', '–'],
    ['-', '-'],
    ['－', '－'],
    ['无', '无'],
    ['/', '/'],
    ['／', '／'],
    ['——', '——'],
    [' — ', '—'],
    ['\u3000无\u3000', '无'],
  ])('%j is none (marker %j) with a soft note', (text, marker) => {
    expect(readCell(str(text), 'count')).toEqual({
      reading: { state: 'none', marker },
      notes: [{ code: 'cell.none-marker', severity: 'soft', params: { text: marker } }],
    });
  });
});

describe('readCell: percentages', () => {
  const cases: Case[] = [
    ['12.5%', 'rate', number(12.5), ['soft:cell.percent-text']],
    ['92.3', 'rate', number(92.3), ['soft:cell.number-as-text']],
    ['９２．３％', 'rate', number(92.3), ['soft:cell.full-width', 'soft:cell.percent-text']],
    ['12.5%', 'count', invalid('12.5%'), ['hard:cell.percent-not-rate']],
    ['12.5%', 'amount', invalid('12.5%'), ['hard:cell.percent-not-rate']],
    ['12.5%', 'ratio', invalid('12.5%'), ['hard:cell.percent-not-rate']],
  ];
  it.each(cases)('%j as %s', (text, kind, reading, notes) => {
    expect(summary(str(text), kind)).toEqual({ reading, notes });
  });

  it('a rate stored as a fraction with a % format is read ×100, silently and without float noise', () => {
    expect(readCell(num(0.923, '0.0%'), 'rate')).toEqual({ reading: number(92.3), notes: [] });
    expect(readCell(num(0.07, '0%'), 'rate')).toEqual({ reading: number(7), notes: [] });
  });
  it('a number typed in a rate cell without a % format is the percent itself', () => {
    expect(readCell(num(92.3, '0.0'), 'rate')).toEqual({ reading: number(92.3), notes: [] });
    expect(readCell(num(92.3), 'rate')).toEqual({ reading: number(92.3), notes: [] });
  });
  it('a % format on a count cell is refused (the person typed a percentage)', () => {
    expect(summary(num(0.5, '0%'), 'count')).toEqual({ reading: invalid('50%'), notes: ['hard:cell.percent-not-rate'] });
  });
  it('a literal "%" inside quotes in the format is not a percent format', () => {
    expect(readCell(num(92.3, '0.0"%"'), 'rate')).toEqual({ reading: number(92.3), notes: [] });
  });
});

describe('readCell: 万 and 元', () => {
  const cases: Case[] = [
    ['1.2万', 'count', number(12000), ['soft:cell.wan-scaled']],
    ['1.23万', 'count', number(12300), ['soft:cell.wan-scaled']],
    ['１．２万', 'count', number(12000), ['soft:cell.full-width', 'soft:cell.wan-scaled']],
    ['1.2万', 'ratio', number(12000), ['soft:cell.wan-scaled']],
    ['1.2万元', 'amount', number(1.2), ['soft:cell.unit-text']],
    ['1.2万', 'amount', invalid('1.2万'), ['hard:cell.wan-ambiguous']],
    ['1234元', 'amount', invalid('1234元'), ['hard:cell.yuan-not-wan']],
    ['1.2万', 'rate', invalid('1.2万'), ['hard:cell.unit-mismatch']],
    ['1.2万元', 'count', invalid('1.2万元'), ['hard:cell.unit-mismatch']],
    ['300人', 'count', number(300), ['soft:cell.unit-text']],
    ['25家', 'count', number(25), ['soft:cell.unit-text']],
    ['1.2万人', 'count', number(12000), ['soft:cell.wan-scaled']],
    ['3.2万人次', 'count', number(32000), ['soft:cell.wan-scaled']],
    ['1.2万人', 'amount', invalid('1.2万人'), ['hard:cell.unit-mismatch']],
    ['300人', 'amount', invalid('300人'), ['hard:cell.unit-mismatch']],
    ['85.5元', 'ratio', number(85.5), ['soft:cell.unit-text']],
  ];
  it.each(cases)('%j as %s', (text, kind, reading, notes) => {
    expect(summary(str(text), kind)).toEqual({ reading, notes });
  });

  it('the 万 note says what it read', () => {
    expect(readCell(str('1.2万'), 'count').notes[0].params).toEqual({ text: '1.2万', value: 12000 });
  });
  it('the 元 refusal carries the amount in 万元 for the hint', () => {
    expect(readCell(str('1234元'), 'amount').notes[0].params).toEqual({ text: '1234元', value: 1234, wan: 0.1234 });
  });
});

describe('readCell: approximate, several numbers, other text', () => {
  const approximate = ['约300', '300左右', '300多', '300余', '近300', '300+', '>300', '300以上', '大约 300', '300多人', '约1.2万', '３００余'];
  it.each(approximate)('%j is refused as approximate', (text) => {
    expect(summary(str(text), 'count')).toEqual({ reading: invalid(text), notes: ['hard:cell.approximate'] });
  });
  const several = ['300/320', '300、320', '300-320', '300 320', '300～320', '300 / 320'];
  it.each(several)('%j is refused as several numbers', (text) => {
    expect(summary(str(text), 'count')).toEqual({ reading: invalid(text), notes: ['hard:cell.multiple-numbers'] });
  });
  it.each(['不详', '待统计', 'N/A', '三百', 'A01'])('%j is refused as not a number, with the text', (text) => {
    const result = readCell(str(text), 'count');
    expect(result.reading).toEqual(invalid(text));
    expect(result.notes).toEqual([{ code: 'cell.not-a-number', severity: 'hard', params: { text } }]);
  });
  it.each(['2024-06-30', '2024/6/30', '2024年6月30日'])('the date text %j is refused as a date', (text) => {
    expect(summary(str(text), 'count')).toEqual({ reading: invalid(text), notes: ['hard:cell.date'] });
  });
});

describe('readCell: other raw values', () => {
  it('a number with a date format is refused as a date, in any kind of cell', () => {
    for (const kind of ['count', 'amount', 'rate', 'ratio'] as IndicatorKind[]) {
      expect(readCell(num(45473, 'yyyy-mm-dd'), kind)).toEqual({
        reading: invalid('2024-06-30'),
        notes: [{ code: 'cell.date', severity: 'hard', params: { text: '2024-06-30', value: 45473 } }],
      });
    }
    expect(summary(num(45473, 'yyyy"年"m"月"d"日"'), 'count').notes).toEqual(['hard:cell.date']);
  });
  it('float noise from formulas is removed to Excel\'s 15 significant digits', () => {
    expect(readCell({ value: { type: 'number', value: 0.1 + 0.2 }, formula: 'C30+C31' }, 'amount').reading).toEqual(number(0.3));
    expect(readCell(num(1234567.891), 'amount').reading).toEqual(number(1234567.891));
  });
  it('number formats that are not dates keep the number', () => {
    for (const fmt of ['General', '#,##0', '0.00', '#,##0_);[Red](#,##0)', '0.00"万元"', '@']) {
      expect(readCell(num(1234, fmt), 'amount')).toEqual({ reading: number(1234), notes: [] });
    }
  });
  it('a date value is refused', () => {
    expect(summary({ value: { type: 'date', serial: 45473 } }, 'count')).toEqual({ reading: invalid('2024-06-30'), notes: ['hard:cell.date'] });
  });
  it('a boolean is refused', () => {
    expect(summary({ value: { type: 'boolean', value: true } }, 'count')).toEqual({ reading: invalid('TRUE'), notes: ['hard:cell.boolean'] });
  });
  it('an error value is state error with a hard note', () => {
    expect(readCell({ value: { type: 'error', value: '#DIV/0!' }, formula: 'A1/A2' }, 'rate')).toEqual({
      reading: { state: 'error', error: '#DIV/0!' },
      notes: [{ code: 'cell.error-value', severity: 'hard', params: { text: '#DIV/0!' } }],
    });
  });
  it('a formula without a cached result is uncached, never 0', () => {
    const result = readCell({ value: { type: 'blank' }, formula: 'D9/D8*100', uncachedFormula: true }, 'rate');
    expect(result.reading).toEqual({ state: 'uncached', formula: 'D9/D8*100' });
    expect(result.notes.map((n) => `${n.severity}:${n.code}`)).toEqual(['hard:cell.uncached-formula']);
  });
  it('a formula with a cached value reads the value like any cell', () => {
    expect(readCell({ value: { type: 'number', value: 92.3 }, formula: 'ROUND(D9/D8*100,1)' }, 'rate')).toEqual({ reading: number(92.3), notes: [] });
    expect(summary({ value: { type: 'string', value: '—' }, formula: 'IF(D8=0,"—",D9/D8)' }, 'rate').reading).toEqual({ state: 'none', marker: '—' });
  });
});

describe('cell messages', () => {
  it.each([...CELL_NOTE_CODES])('%s has a message and a hint in Chinese and English', (code) => {
    const entry = messageCatalog[code];
    expect(entry).toBeDefined();
    expect(entry.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.hint.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.message.en).toMatch(/[a-z]/);
    expect(entry.hint.en).toMatch(/[a-z]/);
  });
});
