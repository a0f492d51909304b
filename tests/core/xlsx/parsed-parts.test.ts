import { strToU8, zipSync } from 'fflate';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Styles whose second cell format shows `format`; `tag` makes each test's bytes its own, so no test decides another. */
const styles = (format: string, tag: string) =>
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${format}"/></numFmts>` +
  `<cellXfs count="2"><xf numFmtId="0" applyNumberFormat="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs><!--${tag}--></styleSheet>`;

interface Parts {
  styles: string;
  sheetName?: string;
  /** Where the workbook part lives (the package relationship points there). */
  workbookPart?: string;
  value?: number;
}

/** A one-sheet workbook whose A1 uses the second cell format. */
function workbook({ styles: stylesXml, sheetName = '表1', workbookPart = 'xl/workbook.xml', value = 1 }: Parts): Uint8Array {
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const base = workbookPart.slice(dir.length);
  return zipSync({
    '_rels/.rels': strToU8(`${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPart}"/></Relationships>`),
    [workbookPart]: strToU8(
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    [`${dir}_rels/${base}.rels`]: strToU8(
      `${HEAD}<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    [`${dir}worksheets/sheet1.xml`]: strToU8(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>${value}</v></c></row></sheetData></worksheet>`),
    [`${dir}styles.xml`]: strToU8(stylesXml),
  });
}

function read(bytes: Uint8Array, sheet = '表1', limits = readLimits()): { numFmt?: string; value?: unknown } | string {
  const result = readWorkbookFast(bytes, 'a.xlsx', limits);
  if (!result.ok) return result.issue.code;
  const cell = result.workbook.sheet(sheet)?.cell(1, 1);
  return { numFmt: cell?.numFmt, value: cell?.value };
}

describe('the small parts files share, parsed once per thread', () => {
  it('reads every file made from one template as if it were the only one', () => {
    const shared = styles('0.00%', 'template');
    for (let unit = 1; unit <= 4; unit++) {
      expect(read(workbook({ styles: shared, value: unit }))).toEqual({ numFmt: '0.00%', value: { type: 'number', value: unit } });
    }
  });

  it('takes a file’s own styles when they differ by a single byte', () => {
    expect(read(workbook({ styles: styles('0.00%', 'one-byte') }))).toMatchObject({ numFmt: '0.00%' });
    expect(read(workbook({ styles: styles('0.0%', 'one-byte') }))).toMatchObject({ numFmt: '0.0%' });
    expect(read(workbook({ styles: styles('0.00%', 'one-byte') }))).toMatchObject({ numFmt: '0.00%' });
  });

  it('resolves the same relationship bytes against the part they belong to', () => {
    const shared = styles('#,##0', 'moved');
    expect(read(workbook({ styles: shared, sheetName: '甲' }), '甲')).toMatchObject({ numFmt: '#,##0' });
    // Same workbook.xml.rels bytes, but beside a workbook in another folder: its targets resolve there.
    expect(read(workbook({ styles: shared, sheetName: '甲', workbookPart: 'book/workbook.xml' }), '甲')).toMatchObject({ numFmt: '#,##0' });
  });

  it('still refuses remembered parts under tighter limits', () => {
    const shared = styles('0.000', 'limits');
    const bytes = workbook({ styles: shared });
    expect(read(bytes)).toMatchObject({ numFmt: '0.000' });
    // The styles part is larger than this part limit: refused, as it would be in a file read first.
    expect(read(bytes, '表1', readLimits({ maxPartBytes: 300 }))).toBe('file.part-too-large');
    // An inflate budget the remembered parts alone exceed: refused, not waved through because they were seen before.
    expect(read(bytes, '表1', readLimits({ maxInflatedBytes: 600 }))).toBe('file.zip-bomb');
    expect(read(bytes)).toMatchObject({ numFmt: '0.000' });
  });

  it('refuses a file whose shared part is damaged, though the same part read fine before', () => {
    const shared = styles('0.0', 'damaged');
    const good = workbook({ styles: shared });
    expect(read(good)).toMatchObject({ numFmt: '0.0' });
    // The same compressed styles with a wrong CRC in the central directory: not the remembered part.
    const bad = good.slice();
    const name = strToU8('xl/styles.xml');
    const central = findCentralEntry(bad, name);
    bad[central + 16] ^= 0xff;
    expect(read(bad)).toBe('file.zip-checksum');
  });
});

/** Offset of the central directory header naming `name`. */
function findCentralEntry(bytes: Uint8Array, name: Uint8Array): number {
  for (let i = bytes.length - 46; i >= 0; i--) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x01 || bytes[i + 3] !== 0x02) continue;
    const length = bytes[i + 28] | (bytes[i + 29] << 8);
    if (length === name.length && name.every((b, k) => bytes[i + 46 + k] === b)) return i;
  }
  throw new Error('no central entry');
}
