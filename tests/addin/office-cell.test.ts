import { rawCellFromOffice } from '../../addin/excel/office-cell.js';
import { rangeOfAddress } from '../../core/grid/address.js';

describe('rawCellFromOffice', () => {
  it('reads office-js values by their valueTypes', () => {
    expect(rawCellFromOffice('', '', 'General', 'Empty')).toEqual({ value: { type: 'blank' } });
    expect(rawCellFromOffice(12, 12, 'General', 'Integer')).toEqual({ value: { type: 'number', value: 12 } });
    expect(rawCellFromOffice(0.923, 0.923, '0.0%', 'Double')).toEqual({ value: { type: 'number', value: 0.923 }, numFmt: '0.0%' });
    expect(rawCellFromOffice(true, true, 'General', 'Boolean')).toEqual({ value: { type: 'boolean', value: true } });
    expect(rawCellFromOffice('1,234', '1,234', '@', 'String')).toEqual({ value: { type: 'string', value: '1,234' }, numFmt: '@' });
  });

  it('tells an error value from the same text typed by a person', () => {
    expect(rawCellFromOffice('#DIV/0!', '=D10/D9', 'General', 'Error')).toEqual({ value: { type: 'error', value: '#DIV/0!' }, formula: 'D10/D9' });
    expect(rawCellFromOffice('#DIV/0!', '#DIV/0!', 'General', 'String').value).toEqual({ type: 'string', value: '#DIV/0!' });
  });

  it('keeps a formula with its cached result; a formula showing "" is text, not blank', () => {
    expect(rawCellFromOffice(75.5, '=ROUND(D10/D9*100,1)', '0.0', 'Double')).toEqual({
      value: { type: 'number', value: 75.5 },
      formula: 'ROUND(D10/D9*100,1)',
      numFmt: '0.0',
    });
    expect(rawCellFromOffice('', '=IF(D9="","",D10)', 'General', 'String')).toEqual({ value: { type: 'string', value: '' }, formula: 'IF(D9="","",D10)' });
  });
});

describe('rangeOfAddress', () => {
  it('reads merged-area addresses, with or without the sheet', () => {
    expect(rangeOfAddress("'基本情况统计表'!A1:G1")).toEqual({ top: 1, left: 1, bottom: 1, right: 7 });
    expect(rangeOfAddress('B3')).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(rangeOfAddress('nonsense')).toBeUndefined();
  });
});
