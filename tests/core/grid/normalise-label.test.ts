import { cellText, normaliseCode, normaliseLabel, rawOf } from '../../../core/grid/index.js';

describe('normaliseLabel', () => {
  it.each([
    ['本年', '本年'],
    [' 本 年\n', '本年'],
    ['本年（2024年）', '本年'],
    ['本年(2024年)：', '本年'],
    ['职工总数（人）', '职工总数'],
    ['填报单位：', '填报单位'],
    ['填报单位:', '填报单位'],
    ['填\u3000报\u3000单\u3000位', '填报单位'],
    ['*填报单位', '填报单位'],
    ['填报单位【必填】', '填报单位'],
    ['ＣＯＤＥ', 'code'],
    ['This year', 'thisyear'],
  ])('%j → %j', (text, label) => {
    expect(normaliseLabel(text)).toBe(label);
  });
});

describe('normaliseCode', () => {
  it.each([
    ['A01', 'A01'],
    ['a01', 'A01'],
    [' Ａ０１ ', 'A01'],
    ['A 01', 'A01'],
  ])('%j → %j', (text, code) => {
    expect(normaliseCode(text)).toBe(code);
  });
});

describe('cellText', () => {
  it.each([
    [rawOf(320101), '320101'],
    [rawOf(0.1 + 0.2), '0.3'],
    [rawOf('  某某县总工会 '), '某某县总工会'],
    [rawOf(null), ''],
    [rawOf(false), 'FALSE'],
    [{ value: { type: 'date', serial: 45667 } } as const, '2025-01-10'],
  ])('%j → %j', (raw, text) => {
    expect(cellText(raw)).toBe(text);
  });
});
