import { decodeRosterBytes, parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { scopeOf } from '../../../core/roster/roster-schema.js';

const GOOD = '代码,名称,上级,类别\n990100,示例市总工会,,本级\n990101,东城区总工会,990100,县区\n990195,示例市教育工会,990100,产业\n';

describe('parseRosterCsv', () => {
  it('reads units and the federation row', () => {
    const result = parseRosterCsv(GOOD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roster.federation).toEqual({ code: '990100', name: '示例市总工会', scope: '全市' });
    expect(result.roster.units).toEqual([
      { code: '990101', name: '东城区总工会', parent: '990100', kind: '县区' },
      { code: '990195', name: '示例市教育工会', parent: '990100', kind: '产业' },
    ]);
  });

  it('accepts English headers, a BOM and surrounding spaces', () => {
    const result = parseRosterCsv('\uFEFFcode, name ,kind\n990100,示例市总工会,本级\n 990101 ,东城区总工会, 县区 \n');
    expect(result.ok && result.roster.units[0]).toEqual({ code: '990101', name: '东城区总工会', parent: '', kind: '县区' });
  });

  it('names the line of an empty kind and of a duplicate code', () => {
    const result = parseRosterCsv(`${GOOD}990101,重复单位,990100,县区\n990102,某单位,990100,\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual(expect.arrayContaining([5, 6]));
    expect(result.problems.find((p) => p.line === 6)?.zh).toContain('类别为空');
    expect(result.problems.find((p) => p.line === 5)?.zh).toContain('重复');
  });

  it('refuses a roster without the federation row or without required columns', () => {
    const noSelf = parseRosterCsv('代码,名称,类别\n990101,东城区总工会,县区\n');
    expect(noSelf.ok || noSelf.problems[0].zh).toContain('本级');
    const noKind = parseRosterCsv('代码,名称\n990101,东城区总工会\n');
    expect(noKind.ok || noKind.problems[0].zh).toContain('类别');
  });

  it('decodes GBK, as Excel on Chinese Windows saves CSV', () => {
    // "代码,名称" in GBK
    const gbk = new Uint8Array([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6]);
    expect(decodeRosterBytes(gbk)).toBe('代码,名称');
    expect(decodeRosterBytes(new TextEncoder().encode('\uFEFF代码'))).toBe('代码');
  });

  it('names the scope of a federation for report sentences', () => {
    expect(scopeOf('示例市总工会')).toBe('全市');
    expect(scopeOf('某某省总工会')).toBe('全省');
    expect(scopeOf('青溪县总工会')).toBe('全县');
    expect(scopeOf('广西壮族自治区总工会')).toBe('全区');
  });
});
