import { extractTemplate, type Extracted } from '../../../core/grid/index.js';
import { standardSpec as spec } from '../../../core/templates/index.js';
import { memoryWorkbook, standardRows, testGrid, type TestCell } from '../../support/memory-grid.js';

const SHEET = spec.sheetName;

/** A sheet whose header block is `block` (rows 1…), followed by a blank row and the standard table. */
function withHeader(block: TestCell[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]): Extracted {
  const table = standardRows(spec).slice(7);
  const result = extractTemplate(spec, memoryWorkbook([testGrid(SHEET, [...block, [], ...table], merges)]));
  if (!result.ok) throw new Error('expected ok');
  return result.extracted;
}

const headerIssues = (x: Extracted) => x.issues.filter((i) => i.column === 'header');

describe('header fields by label', () => {
  it('reads `label：value` in one cell', () => {
    const x = withHeader([['填报单位：某某县总工会', null, '单位代码：320102'], ['统计年度：2024年', null, '统计期：上半年']]);
    expect(x.unitName).toBe('某某县总工会');
    expect(x.unitCode).toBe('320102');
    expect(x.year).toBe(2024);
    expect(x.period).toBe('half');
    expect(x.header.unitName).toEqual({ key: 'unitName', text: '某某县总工会', cell: 'A1', labelCell: 'A1' });
  });

  it('reads the value below the label', () => {
    const x = withHeader([['填报单位', '单位代码', '统计年度', '统计期'], ['某某区总工会', '320103', '２０２４', '全年']]);
    expect(x.unitName).toBe('某某区总工会');
    expect(x.header.unitName?.cell).toBe('A2');
    expect(x.unitCode).toBe('320103');
    expect(x.year).toBe(2024);
    expect(x.period).toBe('annual');
  });

  it('skips the label’s own merge and a gap, and reads labels with a trailing colon or spaces', () => {
    const x = withHeader([['填 报 单 位：', null, null, '某某县总工会'], ['统计年度:', null, 2024]], [{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(x.header.unitName).toEqual({ key: 'unitName', text: '某某县总工会', cell: 'D1', labelCell: 'A1' });
    expect(x.header.year?.cell).toBe('C2');
    expect(x.year).toBe(2024);
  });

  it('does not take the next label as a value: a blank value points at the cell to fill', () => {
    const x = withHeader([['填报单位', null, '单位代码', 320101], ['填报人', '联系电话', '0510-1']]);
    expect(x.header.unitName).toEqual({ key: 'unitName', text: null, cell: 'B1', labelCell: 'A1' });
    expect(x.unitName).toBeUndefined();
    expect(x.unitCode).toBe('320101');
    expect(x.header.preparer).toEqual({ key: 'preparer', text: null, cell: undefined, labelCell: 'A2' });
    expect(x.header.phone?.text).toBe('0510-1');
  });

  it('prefers a field’s own label to an alias: `单位：人、家、万元` above the table is not the unit name', () => {
    const x = withHeader([['单位：人、家、万元'], ['填报单位', '某某县总工会']]);
    expect(x.unitName).toBe('某某县总工会');
    expect(x.header.unitName?.cell).toBe('B2');
    const aliasOnly = withHeader([['单位名称', '某某区总工会']]);
    expect(aliasOnly.unitName).toBe('某某区总工会');
  });

  it('leaves missing fields undefined without an issue (the header rules check presence)', () => {
    const x = withHeader([['填报单位', '某某县总工会']]);
    expect(x.header.unitCode).toBeUndefined();
    expect(x.year).toBeUndefined();
    expect(headerIssues(x)).toEqual([]);
  });

  it('finds fields written under the table (填报人、联系电话 in a footer)', () => {
    const table = standardRows(spec);
    table.push([], ['填报人：王五', null, '联系电话：12345']);
    const result = extractTemplate(spec, memoryWorkbook([testGrid(SHEET, table)]));
    if (!result.ok) throw new Error('expected ok');
    expect(result.extracted.header.preparer?.text).toBe('张三');
    const bare = standardRows(spec).slice(7);
    bare.push(['填报人：王五']);
    const footer = extractTemplate(spec, memoryWorkbook([testGrid(SHEET, bare)]));
    if (!footer.ok) throw new Error('expected ok');
    expect(footer.extracted.header.preparer).toEqual({ key: 'preparer', text: '王五', cell: 'A32', labelCell: 'A32' });
  });

  it.each([
    ['2024', 2024],
    ['2024年', 2024],
    ['2024年度', 2024],
    ['２０２４', 2024],
    [2024, 2024],
  ] as [TestCell, number][])('reads the year %j', (value, year) => {
    expect(withHeader([['统计年度', value]]).year).toBe(year);
  });

  it.each([
    ['年报', 'annual'],
    ['全年', 'annual'],
    ['年度', 'annual'],
    ['2024年年报', 'annual'],
    ['上半年', 'half'],
    ['半年', 'half'],
    ['半年报', 'half'],
    ['1-6月', 'half'],
    ['1—6月', 'half'],
    ['１～６月', 'half'],
  ])('reads the period %j', (value, period) => {
    expect(withHeader([['统计期', value]]).period).toBe(period);
  });

  it.each([
    [320101, '320101'],
    [' 320101 ', '320101'],
    ['320101.0', '320101'],
    ['js-0101', 'JS-0101'],
    ['３２０１０１', '320101'],
  ] as [TestCell, string][])('reads the unit code %j as text', (value, code) => {
    expect(withHeader([['单位代码', value]]).unitCode).toBe(code);
  });

  it('refuses an unreadable year or period at the value cell', () => {
    const x = withHeader([['统计年度', '二〇二四', '统计期', '第三季度']]);
    expect(x.year).toBeUndefined();
    expect(x.period).toBeUndefined();
    expect(headerIssues(x).map((i) => `${i.severity} ${i.code} @${i.cell}`)).toEqual([
      'hard structure.header-unreadable @B1',
      'hard structure.header-unreadable @D1',
    ]);
    expect(headerIssues(x)[0].message.zh).toBe('B1 的统计年度“二〇二四”无法识别。');
    expect(headerIssues(x)[1].hint.zh).toBe('请按模板格式填写统计期，例如：年报、上半年。');
  });
});
