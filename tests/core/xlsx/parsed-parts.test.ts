import { strToU8, zipSync } from 'fflate';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { isFastWorkbook } from '../../../core/xlsx/fast-workbook.js';

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
  /** The sheet's rows (default: A1 = value in the second format) and the shared strings. */
  rows?: string;
  strings?: string[];
}

/** A one-sheet workbook whose A1 uses the second cell format. */
function workbook({ styles: stylesXml, sheetName = '表1', workbookPart = 'xl/workbook.xml', value = 1, rows, strings }: Parts): Uint8Array {
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
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
        (strings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        `</Relationships>`,
    ),
    [`${dir}worksheets/sheet1.xml`]: strToU8(
      `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows ?? `<row r="1"><c r="A1" s="1"><v>${value}</v></c></row>`}</sheetData></worksheet>`,
    ),
    [`${dir}styles.xml`]: strToU8(stylesXml),
    ...(strings
      ? {
          [`${dir}sharedStrings.xml`]: strToU8(
            `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
          ),
        }
      : {}),
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

describe('a sheet read before with the same bytes (the template’s _meta sheet)', () => {
  /** A1 and B2 as text, A3's format, or the refusal. */
  function texts(bytes: Uint8Array): string {
    const result = readWorkbookFast(bytes, 'a.xlsx');
    if (!result.ok) return result.issue.code;
    const grid = result.workbook.sheet('表1');
    if (!grid) return isFastWorkbook(result.workbook) ? (result.workbook.sheetIssue('表1')?.code ?? 'no sheet') : 'not fast';
    const text = (r: number, c: number) => {
      const v = grid.cell(r, c).value;
      return v?.type === 'string' ? v.value : v?.type === 'number' ? String(v.value) : '';
    };
    return `${text(1, 1)}|${text(2, 2)}|${grid.cell(3, 1).numFmt ?? '-'}`;
  }
  const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>2</v></c></row><row r="3"><c r="A3" s="1"><v>5</v></c></row>';

  it('reads the same sheet in every file made from one template, each with its own strings', () => {
    const shared = styles('0.0', 'meta');
    expect(texts(workbook({ styles: shared, rows, strings: ['templateId', 'x', '城区'] }))).toBe('templateId|城区|0.0');
    expect(texts(workbook({ styles: shared, rows, strings: ['templateId', 'y', '城区'] }))).toBe('templateId|城区|0.0');
    // The same sheet bytes, but a string its cells use differs: this file's own text.
    expect(texts(workbook({ styles: shared, rows, strings: ['templateId', 'y', '郊区'] }))).toBe('templateId|郊区|0.0');
    expect(texts(workbook({ styles: shared, rows, strings: ['version', 'y', '郊区'] }))).toBe('version|郊区|0.0');
  });

  it('takes this file’s own styles for the same sheet bytes', () => {
    const strings = ['a', 'b', 'c'];
    // Read twice, so the sheet is remembered (a sheet is kept once its part comes a second time).
    expect(texts(workbook({ styles: styles('0.0', 'meta-styles'), rows, strings }))).toBe('a|c|0.0');
    expect(texts(workbook({ styles: styles('0.0', 'meta-styles'), rows, strings }))).toBe('a|c|0.0');
    expect(texts(workbook({ styles: styles('0.00', 'meta-styles'), rows, strings }))).toBe('a|c|0.00');
  });

  it('still refuses the same sheet bytes when this file lacks a string they use', () => {
    const shared = styles('0', 'meta-missing');
    expect(texts(workbook({ styles: shared, rows, strings: ['a', 'b', 'c'] }))).toBe('a|c|0');
    expect(texts(workbook({ styles: shared, rows, strings: ['a', 'b', 'c'] }))).toBe('a|c|0');
    expect(texts(workbook({ styles: shared, rows, strings: ['a', 'b'] }))).toBe('file.shared-string-missing');
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
