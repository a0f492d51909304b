import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rowMarkers, stampRowsInXml, stampTableRows } from '../../../pipeline/outputs/stamp-table-rows.js';

const HEAD = '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>代码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc></w:tr>';
const proto = (a: string, b: string) =>
  `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t xml:space="preserve">${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">${b}</w:t></w:r></w:p></w:tc></w:tr>`;
const doc = (rows: string) => `<?xml version="1.0"?><w:document><w:body><w:p/><w:tbl><w:tblPr/>${HEAD}${rows}</w:tbl><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:body></w:document>`;

describe('rowMarkers', () => {
  test('one distinct marker per column, different on every call, letters and digits only (escaping leaves them alone)', () => {
    const a = rowMarkers(9);
    const b = rowMarkers(9);
    expect(a).toHaveLength(9);
    expect(new Set([...a, ...b]).size).toBe(18);
    for (const m of a) expect(m).toMatch(/^[A-Za-z0-9]+$/);
  });
});

describe('stampRowsInXml', () => {
  const markers = ['M0xq', 'M1xq'];
  const xml = doc(proto('M0xq', 'M1xq'));

  test('the prototype row becomes one copy per row, in order, with each text in its cell; the rest is untouched', () => {
    const out = stampRowsInXml(xml, markers, [
      ['110101', '示例区总工会'],
      ['110102', '河东区总工会'],
    ]);
    expect(out).toBe(doc(proto('110101', '示例区总工会') + proto('110102', '河东区总工会')));
  });

  test('texts are escaped and characters XML forbids are dropped', () => {
    const out = stampRowsInXml(xml, markers, [[`=cmd|' /C calc'!A0`, '<w:t>&"\u0001x\uFFFE😀</w:t>']]);
    expect(out).toBe(doc(proto('=cmd|&apos; /C calc&apos;!A0', '&lt;w:t&gt;&amp;&quot;x😀&lt;/w:t&gt;')));
  });

  test('no rows: the prototype row is removed, the head row stays', () => {
    expect(stampRowsInXml(xml, markers, [])).toBe(doc(''));
  });

  test('a text that looks like a marker is just text', () => {
    expect(stampRowsInXml(xml, markers, [['M1xq', 'M0xq']])).toBe(doc(proto('M1xq', 'M0xq')));
  });

  test('refuses a document whose prototype row is not as described', () => {
    expect(() => stampRowsInXml(doc(proto('M0xq', 'other')), markers, [])).toThrow(/M1xq/);
    expect(() => stampRowsInXml(doc(proto('M0xq', 'M1xq') + proto('M0xq', 'x')), markers, [])).toThrow(/exactly once/);
    expect(() => stampRowsInXml(doc(proto('M1xq', 'M0xq')), markers, [])).toThrow(/order/);
    expect(() => stampRowsInXml(doc(proto('M0xq', 'a') + proto('b', 'M1xq')), markers, [])).toThrow(/more than one/);
    expect(() => stampRowsInXml('<w:p><w:t>M0xq M1xq</w:t></w:p>', markers, [])).toThrow(/not inside a table row/);
    expect(() => stampRowsInXml(xml, markers, [['only one cell']])).toThrow(/1 cells for 2 columns/);
  });
});

describe('stampTableRows', () => {
  test('replaces word/document.xml in the package and keeps every other part, in the same order', () => {
    const parts = {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(doc(proto('M0xq', 'M1xq'))),
      'word/styles.xml': strToU8('<w:styles/>'),
    };
    const out = unzipSync(stampTableRows(zipSync(parts), ['M0xq', 'M1xq'], [['1', '甲']]));
    expect(Object.keys(out)).toEqual(Object.keys(parts));
    expect(strFromU8(out['word/document.xml'])).toBe(doc(proto('1', '甲')));
    expect(strFromU8(out['word/styles.xml'])).toBe('<w:styles/>');
  });

  test('refuses a package without word/document.xml', () => {
    expect(() => stampTableRows(zipSync({ 'a.xml': strToU8('<a/>') }), ['M0xq'], [])).toThrow(/word\/document\.xml/);
  });
});
