import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Grid } from '../../../core/grid/grid.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { storedZip } from '../../fixtures/hostile/make-fuzz-workbooks.js';
import { lieAboutSize, rawXlsx, sharedStringsXml, sheetXml } from '../../fixtures/hostile/raw-xlsx.js';
import { englishIn } from '../../support/english-in-chinese.js';

/**
 * Issue 15's classes of malformed input, each with its exact outcome: the
 * refusal's code, cell and Chinese words, or the value read. The sheet of
 * rawXlsx is 基本情况统计表, its part xl/worksheets/sheet1.xml.
 */
const SHEET = '基本情况统计表';
const PART = 'xl/worksheets/sheet1.xml';

function refusal(bytes: Uint8Array, file = '东城区.xlsx', limits = readLimits()) {
  const result = readWorkbookFast(bytes, file, limits, { preload: 'all' });
  if (result.ok) throw new Error('expected a refusal, the file was read');
  expect(englishIn(result.issue)).toEqual([]);
  return { code: result.issue.code, cell: result.issue.cell, sheet: result.issue.sheet, zh: result.issue.message.zh };
}

function grid(bytes: Uint8Array): Grid {
  const result = readWorkbookFast(bytes, '东城区.xlsx', readLimits(), { preload: 'all' });
  if (!result.ok) throw new Error(`expected a workbook, got ${result.issue.code}: ${result.issue.message.zh}`);
  return result.workbook.sheet(SHEET) as Grid;
}

/** A sheet whose row 9 holds D9 = 1250 (本年) and the given cell after it. */
const row9 = (cell: string, prologue = '') => rawXlsx(sheetXml(`<row r="9"><c r="D9"><v>1250</v></c>${cell}</row>`, prologue));

describe('cell references must be valid A1 references, or the file is refused (never placed by position)', () => {
  it.each([
    ['lower case', 'e9'],
    ['row 0', 'E0'],
    ['a leading zero', 'E09'],
    ['digits first', '9E'],
    ['four letters', 'AAAA9'],
    ['empty', ''],
    ['a range', 'E9:F9'],
    ['absolute', '$E$9'],
  ])('%s (%s) is file.bad-cell-ref', (_label, ref) => {
    expect(refusal(row9(`<c r="${ref}"><v>1200</v></c>`))).toEqual({
      code: 'file.bad-cell-ref',
      cell: undefined,
      sheet: SHEET,
      zh: `文件 东城区.xlsx 的工作表“${SHEET}”（${PART}）中有一个单元格的位置写成“${ref}”，不是有效的单元格地址，无法确定它在哪里，已拒绝读取。`,
    });
  });

  it('one past the grid is named as too wide or too long, as before', () => {
    expect(refusal(row9('<c r="XFE9"><v>1</v></c>')).code).toBe('file.sheet-too-wide');
    expect(refusal(rawXlsx(sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))).code).toBe('file.sheet-too-large');
  });

  it('a cell written inside another row than its reference says is refused, naming the cell and the row', () => {
    expect(refusal(row9('<c r="E10"><v>1200</v></c>'))).toEqual({
      code: 'file.cell-row-mismatch',
      cell: 'E10',
      sheet: SHEET,
      zh: `文件 东城区.xlsx 的工作表“${SHEET}”（${PART}）中单元格 E10 写在第 9 行之内，位置自相矛盾，已拒绝读取。`,
    });
  });

  it('a row number that is not one is file.bad-row-ref', () => {
    expect(refusal(rawXlsx(sheetXml('<row r="x9"><c><v>1</v></c></row>'))).code).toBe('file.bad-row-ref');
    expect(refusal(rawXlsx(sheetXml('<row r="0"><c><v>1</v></c></row>'))).code).toBe('file.bad-row-ref');
  });

  it('cells and rows without r still follow the previous ones, as the schema allows', () => {
    const g = grid(rawXlsx(sheetXml('<row r="9"><c r="D9"><v>1250</v></c><c><v>1200</v></c></row><row><c><v>7</v></c></row>')));
    expect([g.cell(9, 4).value, g.cell(9, 5).value, g.cell(10, 1).value]).toEqual([
      { type: 'number', value: 1250 },
      { type: 'number', value: 1200 },
      { type: 'number', value: 7 },
    ]);
  });
});

describe('numbers in <v> follow XML Schema’s double as Excel writes it', () => {
  it.each([
    ['0x10', 'file.bad-number'],
    ['0b1', 'file.bad-number'],
    ['0o7', 'file.bad-number'],
    ['1,000', 'file.bad-number'],
    ['NaN', 'file.bad-number'],
    ['１２', 'file.bad-number'],
    ['1e309', 'file.number-out-of-range'],
    ['-1e309', 'file.number-out-of-range'],
    ['Infinity', 'file.number-out-of-range'],
    ['INF', 'file.number-out-of-range'],
  ])('%s is %s, naming the cell', (text, code) => {
    expect(refusal(row9(`<c r="E9"><v>${text}</v></c>`))).toMatchObject({ code, cell: 'E9', sheet: SHEET });
  });

  it('words 1e309 as a number out of range, not as a misplaced separator', () => {
    expect(refusal(row9('<c r="E9"><v>1e309</v></c>')).zh).toBe(`文件 东城区.xlsx 的工作表“${SHEET}”单元格 E9 保存的数值“1e309”超出了数字的表示范围，已拒绝读取。`);
  });

  it.each([
    [' 12 ', 12],
    ['.5', 0.5],
    ['5.', 5],
    ['+5', 5],
    ['-1.5E+3', -1500],
    ['1e-400', 0],
  ])('%j reads as %d', (text, value) => {
    expect(grid(row9(`<c r="E9"><v>${text}</v></c>`)).cell(9, 5).value).toEqual({ type: 'number', value });
  });

  it('booleans are 0/1 (or true/false); anything else is file.bad-boolean; an unknown type is file.bad-cell-type', () => {
    expect(grid(row9('<c r="E9" t="b"><v>1</v></c>')).cell(9, 5).value).toEqual({ type: 'boolean', value: true });
    expect(refusal(row9('<c r="E9" t="b"><v>2</v></c>'))).toMatchObject({ code: 'file.bad-boolean', cell: 'E9' });
    expect(refusal(row9('<c r="E9" t="x"><v>2</v></c>'))).toMatchObject({ code: 'file.bad-cell-type', cell: 'E9' });
  });
});

describe('shared-string indices are non-negative decimal integers within the table', () => {
  const withStrings = (index: string) => rawXlsx(sheetXml(`<row r="1"><c r="A1" t="s"><v>${index}</v></c></row>`), sharedStringsXml(['代码', '本年']));

  it.each(['0xd4', '1.0', '212.0', '-1', '1e0', '+1'])('%s is file.bad-shared-string-index', (index) => {
    expect(refusal(withStrings(index))).toMatchObject({ code: 'file.bad-shared-string-index', cell: 'A1', sheet: SHEET });
  });

  it('an index past the table is file.shared-string-missing, with the index and the count', () => {
    expect(refusal(withStrings('5')).zh).toBe(`文件 东城区.xlsx 的工作表“${SHEET}”单元格 A1 引用了第 5 号共享字符串，但共享字符串表只有 2 项，已拒绝读取。`);
  });

  it('a valid index reads its string, surrounding whitespace allowed', () => {
    expect(grid(withStrings(' 1 ')).cell(1, 1).value).toEqual({ type: 'string', value: '本年' });
  });
});

describe('elements are matched by namespace URI, not by local name', () => {
  const foreign = '<row r="1"><c r="A1"><v>1</v></c><x:c xmlns:x="urn:foreign" r="B1"><x:v>9</x:v></x:c></row>';
  it.each([
    ['the fast scanner', ''],
    ['saxes (a comment sends the part to it)', '<!-- 注释 -->'],
  ])('a cell in a foreign namespace is not read, with %s', (_label, prologue) => {
    const g = grid(rawXlsx(sheetXml(foreign, prologue)));
    expect([g.cell(1, 1).value, g.cell(1, 2).value, g.colCount]).toEqual([{ type: 'number', value: 1 }, { type: 'blank' }, 1]);
  });

  it('a sheet in no namespace holds no SpreadsheetML cells', () => {
    const bytes = rawXlsx('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
    expect(grid(bytes).cell(1, 1).value).toEqual({ type: 'blank' });
  });

  it('any prefix bound to SpreadsheetML reads the same', () => {
    const bytes = rawXlsx('<s:worksheet xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:sheetData><s:row r="1"><s:c r="A1"><s:v>3</s:v></s:c></s:row></s:sheetData></s:worksheet>');
    expect(grid(bytes).cell(1, 1).value).toEqual({ type: 'number', value: 3 });
  });
});

describe('two zip entries of the same name refuse the file', () => {
  const entries = () => Object.entries(unzipSync(rawXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'))));
  const other = strToU8(sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>'));
  it.each([
    ['the same name', PART],
    ['a case variant', 'XL/Worksheets/Sheet1.xml'],
    ['a backslash variant', 'xl\\worksheets\\sheet1.xml'],
  ])('%s', (_label, twin) => {
    expect(refusal(storedZip([...entries(), [twin, other]]))).toEqual({
      code: 'file.zip-duplicate-entry',
      cell: undefined,
      sheet: undefined,
      zh: `文件 东城区.xlsx 的压缩包中有两个同名部件“${PART}”与“${twin}”（名称仅大小写或斜杠不同也算同名），无法确定该读哪一个，已拒绝读取。`,
    });
  });
});

describe('a damaged archive is told from a zip bomb', () => {
  const valid = () => rawXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));

  it('a CRC that does not match the data is file.zip-checksum', () => {
    const bytes = storedZip(Object.entries(unzipSync(valid())));
    const view = new DataView(bytes.buffer);
    // The sheet's entry in the central directory: flip its CRC.
    const name = strToU8(PART);
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint16(i + 28, true) === name.length && name.every((b, k) => bytes[i + 46 + k] === b)) {
        view.setUint32(i + 16, view.getUint32(i + 16, true) ^ 1, true);
      }
    }
    expect(refusal(bytes)).toMatchObject({ code: 'file.zip-checksum', zh: `文件 东城区.xlsx 已损坏：${PART} 的校验和 (CRC) 与数据不符。` });
  });

  it('a single flipped byte in compressed data is damage, never a bomb', () => {
    const bytes = zipSync({ ...unzipSync(valid()), [PART]: strToU8(sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${'<row/>'.repeat(5000)}`)) });
    const codes = new Set<string>();
    for (let at = 200; at < bytes.length - 200; at += 97) {
      const flipped = bytes.slice();
      flipped[at] ^= 0x10;
      const result = readWorkbookFast(flipped, 'x.xlsx', readLimits(), { preload: 'all' });
      if (!result.ok) codes.add(result.issue.code);
    }
    expect(codes.has('file.zip-bomb')).toBe(false);
    expect(codes.has('file.zip-ratio')).toBe(false);
    expect([...codes].every((c) => ['file.zip-damaged', 'file.zip-checksum', 'file.zip-size-mismatch', 'file.zip-directory-damaged', 'file.truncated', 'file.malformed-xml', 'file.not-workbook', 'file.zip-method', 'file.encrypted', 'file.part-missing'].includes(c) || c.startsWith('file.bad') || c === 'file.cell-row-mismatch')).toBe(true);
  });

  it('declared sizes over the budget are file.zip-bomb, with both sizes worded apart', () => {
    const bytes = lieAboutSize(valid(), PART, 200 * 1024 * 1024 + 1);
    expect(refusal(bytes).zh).toMatch(/^文件 东城区\.xlsx 的各部件解压后共 200\.\d+ MiB，超过上限 200 MiB（疑似“压缩炸弹”），已拒绝读取。$/);
  });

  it('a part read whole (styles) over 16 MiB is file.part-too-large, refused from its declared size', () => {
    // Stored, not deflated: a ratio of 1:1, so that only the part's size is over a limit. Sheets and shared strings
    // are streamed instead (streamed-parts.test.ts).
    const styles = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';
    const big = strToU8(styles.replace('</styleSheet>', `${' '.repeat(16 * 1024 * 1024 + 1 - styles.length)}</styleSheet>`));
    const files = unzipSync(valid());
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      new TextDecoder()
        .decode(files['xl/_rels/workbook.xml.rels'])
        .replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    );
    const bytes = storedZip([...Object.entries(files), ['xl/styles.xml', big]]);
    expect(refusal(bytes).zh).toBe('文件 东城区.xlsx 的 xl/styles.xml 解压后为 16.000001 MiB，超过单个部件上限 16 MiB，已拒绝读取。');
  });
});
