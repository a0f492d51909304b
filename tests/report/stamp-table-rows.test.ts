import { strFromU8, strToU8, unzipSync } from 'fflate';
import { planTableStamp, rowMarkers, stampTables, stampTablesInXml, type TableStamp } from '../../report/stamp-table-rows.js';
import { fflateDeflater } from '../../report/fflate-deflater.js';

const HEAD = '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>代码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc></w:tr>';
const proto = (a: string, b: string) =>
  `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t xml:space="preserve">${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">${b}</w:t></w:r></w:p></w:tc></w:tr>`;
/** A second row shape: the first cell indented, as a `其中` row is. */
const indented = (a: string, b: string) =>
  `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:pPr><w:ind w:left="420"/></w:pPr><w:r><w:t xml:space="preserve">${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">${b}</w:t></w:r></w:p></w:tc></w:tr>`;
const table = (rows: string) => `<w:tbl><w:tblPr/>${HEAD}${rows}</w:tbl>`;
const doc = (rows: string, second = '') =>
  `<?xml version="1.0"?><w:document><w:body><w:p/>${table(rows)}<w:p><w:r><w:t>说明</w:t></w:r></w:p>${second ? table(second) : ''}</w:body></w:document>`;

/** One table of one shape, as the 报送情况 table is stamped. */
const single = (markers: string[], rows: string[][]): TableStamp => ({ prototypes: [markers], rows: rows.map((texts) => ({ shape: 0, texts })) });

describe('rowMarkers', () => {
  test('one distinct marker per column, different on every call, letters and digits only (escaping leaves them alone)', () => {
    const a = rowMarkers(9);
    const b = rowMarkers(9);
    expect(a).toHaveLength(9);
    expect(new Set([...a, ...b]).size).toBe(18);
    for (const m of a) expect(m).toMatch(/^[A-Za-z0-9]+$/);
  });
});

describe('planTableStamp', () => {
  test('one prototype per distinct shape, in the order shapes first appear; each row points at its shape\'s prototype', () => {
    const { prototypes, stamp } = planTableStamp(2, [
      { shape: 0, texts: ['a', 'b'] },
      { shape: 1, texts: ['c', 'd'] },
      { shape: 2, texts: ['e', 'f'] },
      { shape: 1, texts: ['g', 'h'] },
      { shape: 0, texts: ['i', 'j'] },
    ]);
    expect(prototypes.map((p) => p.shape)).toEqual([0, 1, 2]);
    for (const p of prototypes) expect(p.markers).toHaveLength(2);
    expect(new Set(prototypes.flatMap((p) => p.markers)).size).toBe(6);
    expect(stamp!.prototypes).toEqual(prototypes.map((p) => p.markers));
    expect(stamp!.rows).toEqual([
      { shape: 0, texts: ['a', 'b'] },
      { shape: 1, texts: ['c', 'd'] },
      { shape: 2, texts: ['e', 'f'] },
      { shape: 1, texts: ['g', 'h'] },
      { shape: 0, texts: ['i', 'j'] },
    ]);
  });

  test('shapes are any values compared with ===; the first seen gets prototype 0', () => {
    const { prototypes, stamp } = planTableStamp(1, [
      { shape: 'part', texts: ['x'] },
      { shape: 'top', texts: ['y'] },
      { shape: 'part', texts: ['z'] },
    ]);
    expect(prototypes.map((p) => p.shape)).toEqual(['part', 'top']);
    expect(stamp!.rows.map((r) => r.shape)).toEqual([0, 1, 0]);
  });

  test('no rows: no prototypes and nothing to stamp', () => {
    expect(planTableStamp(6, [])).toEqual({ prototypes: [], stamp: undefined });
  });
});

describe('stampTablesInXml', () => {
  const markers = ['M0xq', 'M1xq'];
  const xml = doc(proto('M0xq', 'M1xq'));

  test('the prototype row becomes one copy per row, in order, with each text in its cell; the rest is untouched', () => {
    const out = stampTablesInXml(xml, [
      single(markers, [
        ['110101', '示例区总工会'],
        ['110102', '河东区总工会'],
      ]),
    ]);
    expect(out).toBe(doc(proto('110101', '示例区总工会') + proto('110102', '河东区总工会')));
  });

  test('texts are escaped and characters XML forbids are dropped', () => {
    const out = stampTablesInXml(xml, [single(markers, [[`=cmd|' /C calc'!A0`, '<w:t>&"\u0001x\uFFFE😀</w:t>']])]);
    expect(out).toBe(doc(proto('=cmd|&apos; /C calc&apos;!A0', '&lt;w:t&gt;&amp;&quot;x😀&lt;/w:t&gt;')));
  });

  test('no rows: the prototype row is removed, the head row stays', () => {
    expect(stampTablesInXml(xml, [single(markers, [])])).toBe(doc(''));
  });

  test('a text that looks like a marker is just text', () => {
    expect(stampTablesInXml(xml, [single(markers, [['M1xq', 'M0xq']])])).toBe(doc(proto('M1xq', 'M0xq')));
  });

  test('several shapes: each row copies its own prototype, in row order, whatever order the shapes come in', () => {
    const two = doc(proto('P0a', 'P0b') + indented('P1a', 'P1b'));
    const out = stampTablesInXml(two, [
      {
        prototypes: [
          ['P0a', 'P0b'],
          ['P1a', 'P1b'],
        ],
        rows: [
          { shape: 1, texts: ['其中：女职工', '人'] },
          { shape: 0, texts: ['职工总数', '人'] },
          { shape: 1, texts: ['其中：<b>', '&'] },
          { shape: 1, texts: ['', ''] },
        ],
      },
    ]);
    expect(out).toBe(doc(indented('其中：女职工', '人') + proto('职工总数', '人') + indented('其中：&lt;b&gt;', '&amp;') + indented('', '')));
  });

  test('several tables in one pass, given in any order; text between them is kept', () => {
    const xml2 = doc(proto('A0', 'A1') + indented('B0', 'B1'), proto('C0', 'C1'));
    const out = stampTablesInXml(xml2, [
      single(['C0', 'C1'], [['3', '丙'], ['4', '丁']]),
      {
        prototypes: [
          ['A0', 'A1'],
          ['B0', 'B1'],
        ],
        rows: [
          { shape: 0, texts: ['1', '甲'] },
          { shape: 1, texts: ['2', '乙'] },
        ],
      },
    ]);
    expect(out).toBe(doc(proto('1', '甲') + indented('2', '乙'), proto('3', '丙') + proto('4', '丁')));
  });

  test('refuses a document whose prototype row is not as described', () => {
    expect(() => stampTablesInXml(doc(proto('M0xq', 'other')), [single(markers, [])])).toThrow(/M1xq/);
    expect(() => stampTablesInXml(doc(proto('M0xq', 'M1xq') + proto('M0xq', 'x')), [single(markers, [])])).toThrow(/exactly once/);
    expect(() => stampTablesInXml(doc(proto('M1xq', 'M0xq')), [single(markers, [])])).toThrow(/order/);
    expect(() => stampTablesInXml(doc(proto('M0xq', 'a') + proto('b', 'M1xq')), [single(markers, [])])).toThrow(/more than one/);
    expect(() => stampTablesInXml('<w:p><w:t>M0xq M1xq</w:t></w:p>', [single(markers, [])])).toThrow(/not inside a table row/);
    expect(() => stampTablesInXml(xml, [single([], [])])).toThrow(/without markers/);
    expect(() => stampTablesInXml(xml, [{ prototypes: [], rows: [] }])).toThrow(/without prototypes/);
  });

  test('refuses prototypes that are not consecutive rows in the order given, or that two tables share', () => {
    const apart = doc(proto('A0', 'A1') + proto('x', 'y') + indented('B0', 'B1'));
    const stamp = (a: string[], b: string[]): TableStamp => ({ prototypes: [a, b], rows: [] });
    expect(() => stampTablesInXml(apart, [stamp(['A0', 'A1'], ['B0', 'B1'])])).toThrow(/not consecutive/);
    const twoTables = doc(proto('A0', 'A1'), indented('B0', 'B1'));
    expect(() => stampTablesInXml(twoTables, [stamp(['A0', 'A1'], ['B0', 'B1'])])).toThrow(/not consecutive/);
    const adjacent = doc(proto('A0', 'A1') + indented('B0', 'B1'));
    expect(() => stampTablesInXml(adjacent, [stamp(['B0', 'B1'], ['A0', 'A1'])])).toThrow(/not consecutive/);
    expect(() => stampTablesInXml(adjacent, [single(['A0', 'A1'], []), stamp(['A0', 'A1'], ['B0', 'B1'])])).toThrow(/share a prototype/);
  });

  test('refuses a row that does not fit its prototype', () => {
    expect(() => stampTablesInXml(xml, [single(markers, [['only one cell']])])).toThrow(/1 cells for 2 columns/);
    expect(() => stampTablesInXml(xml, [{ prototypes: [markers], rows: [{ shape: 1, texts: ['a', 'b'] }] }])).toThrow(/shape 1 for 1 prototypes/);
    expect(() => stampTablesInXml(xml, [{ prototypes: [markers], rows: [{ shape: -1, texts: ['a', 'b'] }] }])).toThrow(/shape -1/);
  });
});

describe('stampTables', () => {
  test('zips the parts in their order, word/document.xml stamped, every other part as it was, text or bytes', async () => {
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', doc(proto('M0xq', 'M1xq'), proto('N0xq', 'N1xq'))],
      ['word/styles.xml', strToU8('<w:styles/>')],
      ['word/media/image1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255])],
    ]);
    const out = unzipSync(await stampTables(parts, [single(['M0xq', 'M1xq'], [['1', '甲']]), single(['N0xq', 'N1xq'], [['2', '乙']])], fflateDeflater));
    expect(Object.keys(out)).toEqual([...parts.keys()]);
    expect(strFromU8(out['word/document.xml'])).toBe(doc(proto('1', '甲'), proto('2', '乙')));
    expect(strFromU8(out['[Content_Types].xml'])).toBe('<Types/>');
    expect(strFromU8(out['word/styles.xml'])).toBe('<w:styles/>');
    expect([...out['word/media/image1.png']]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 255]);
  });

  test('document.xml given as bytes is stamped the same', async () => {
    const parts = new Map([['word/document.xml', strToU8(doc(proto('M0xq', 'M1xq')))]]);
    const out = unzipSync(await stampTables(parts, [single(['M0xq', 'M1xq'], [['1', '<甲>']])], fflateDeflater));
    expect(strFromU8(out['word/document.xml'])).toBe(doc(proto('1', '&lt;甲&gt;')));
  });

  test('refuses a package without word/document.xml, and a row that does not fit its prototype', async () => {
    expect(() => stampTables(new Map([['a.xml', '<a/>']]), [single(['M0xq'], [])], fflateDeflater)).toThrow(/word\/document\.xml/);
    const parts = new Map([['word/document.xml', doc(proto('M0xq', 'M1xq'))]]);
    await expect(stampTables(parts, [single(['M0xq', 'M1xq'], [['only one cell']])], fflateDeflater)).rejects.toThrow(/1 cells for 2 columns/);
    await expect(stampTables(parts, [single(['M0xq', 'gone'], [])], fflateDeflater)).rejects.toThrow(/exactly once/);
  });
});
