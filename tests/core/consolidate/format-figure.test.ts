import {
  formatChange,
  formatChangeCell,
  formatGrowth,
  formatGrowthCell,
  formatNumber,
  formatValue,
  type Figure,
} from '../../../core/consolidate/index.js';
import { indicatorOf } from '../../../core/spec/index.js';
import { standardSpec } from '../../../core/templates/index.js';

const ind = (code: string) => indicatorOf(standardSpec, code);
const fig = (change: number | null, growthPercent: number | null = null): Figure => ({ code: 'X', current: 1, prior: 1, change, growthPercent });

describe('formatValue', () => {
  it('counts with thousands separators', () => {
    expect(formatValue(ind('A04'), 12345)).toBe('12,345');
    expect(formatValue(ind('A04'), 1234567890)).toBe('1,234,567,890');
    expect(formatValue(ind('A09'), 0)).toBe('0');
  });

  it('万元 with 2 decimals and separators', () => {
    expect(formatValue(ind('C01'), 1234.56)).toBe('1,234.56');
    expect(formatValue(ind('C01'), 1234.5)).toBe('1,234.50');
    expect(formatValue(ind('C01'), 0.1 + 0.2)).toBe('0.30');
    expect(formatValue(ind('C01'), 1.005)).toBe('1.01');
  });

  it('rates with 1 decimal and %', () => {
    expect(formatValue(ind('A03'), 92.345)).toBe('92.3%');
    expect(formatValue(ind('A03'), 2.45)).toBe('2.5%');
    expect(formatValue(ind('A03'), 100)).toBe('100.0%');
    expect(formatValue(ind('A03'), 209 / 250 * 100)).toBe('83.6%');
  });

  it('ratios with their decimals and separators', () => {
    expect(formatValue(ind('C10'), 2204000 / 1070)).toBe('2,059.81');
  });

  it('empty as —', () => {
    expect(formatValue(ind('A03'), null)).toBe('—');
    expect(formatValue(ind('C01'), null, 'en')).toBe('—');
  });
});

describe('formatChange', () => {
  it('counts and amounts signed with separators', () => {
    expect(formatChange(ind('A04'), fig(1234))).toBe('+1,234');
    expect(formatChange(ind('A04'), fig(-1234))).toBe('-1,234');
    expect(formatChange(ind('C01'), fig(-56.78))).toBe('-56.78');
    expect(formatChange(ind('C01'), fig(18.1))).toBe('+18.10');
    expect(formatChange(ind('A04'), fig(0))).toBe('0');
    expect(formatChange(ind('A04'), fig(null))).toBe('—');
  });

  it('rates in 百分点: 提高/下降/持平, and English', () => {
    expect(formatChange(ind('B03'), fig(1.2))).toBe('提高1.2个百分点');
    expect(formatChange(ind('B03'), fig(-0.4))).toBe('下降0.4个百分点');
    expect(formatChange(ind('B03'), fig(0))).toBe('持平');
    expect(formatChange(ind('B03'), fig(0.04))).toBe('持平');
    expect(formatChange(ind('B03'), fig(1.2), 'en')).toBe('up 1.2 pp');
    expect(formatChange(ind('B03'), fig(-0.4), 'en')).toBe('down 0.4 pp');
    expect(formatChange(ind('B03'), fig(0), 'en')).toBe('unchanged');
  });
});

describe('formatGrowth', () => {
  it('增长/下降/持平 with one decimal', () => {
    expect(formatGrowth(fig(1, 8.66))).toBe('增长8.7%');
    expect(formatGrowth(fig(-1, -3.2))).toBe('下降3.2%');
    expect(formatGrowth(fig(0, 0))).toBe('持平');
    expect(formatGrowth(fig(1, 0.04))).toBe('持平');
    expect(formatGrowth(fig(1, 1234.56))).toBe('增长1,234.6%');
    expect(formatGrowth(fig(1, 8.66), 'en')).toBe('up 8.7%');
    expect(formatGrowth(fig(-1, -3.2), 'en')).toBe('down 3.2%');
    expect(formatGrowth(fig(null, null))).toBe('—');
  });
});

describe('table cells', () => {
  it('plain numbers with fixed decimals', () => {
    expect(formatGrowthCell(fig(1, 8.66))).toBe('8.7');
    expect(formatGrowthCell(fig(1, 8))).toBe('8.0');
    expect(formatGrowthCell(fig(-1, -3.25))).toBe('-3.3');
    expect(formatGrowthCell(fig(1, null))).toBe('—');
    expect(formatChangeCell(ind('B03'), fig(1.2))).toBe('1.2');
    expect(formatChangeCell(ind('B03'), fig(-0.04))).toBe('0.0');
    expect(formatChangeCell(ind('A04'), fig(-1234))).toBe('-1,234');
    expect(formatChangeCell(ind('C01'), fig(18.1))).toBe('18.10');
  });
});

describe('rounding half away from zero', () => {
  it('is decimal-safe and symmetric', () => {
    expect((1.005).toFixed(2)).toBe('1.00'); // the binary surprise avoided below
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(2.45, 1)).toBe('2.5');
    expect(formatNumber(-1.25, 1)).toBe('-1.3');
    expect(formatNumber(0.5, 0)).toBe('1');
    expect(formatNumber(-0.5, 0)).toBe('-1');
    expect(formatNumber(2.5, 0)).toBe('3'); // not banker's 2
    expect(formatNumber(1234.565, 2)).toBe('1,234.57');
    expect(formatNumber(-0.04, 1)).toBe('0.0'); // never -0.0
  });
});
