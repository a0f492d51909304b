import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Grid, RawCell, WorkbookGrids } from '../../../core/grid/grid.js';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';
import { readLimits } from '../../../core/xlsx/read-limits.js';

const SHEET = '基本情况统计表';

/** A workbook with every cell type the template meets, written by exceljs as a county's script would. */
async function templateLikeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '工会基本情况统计表 <2024> & 附表';
  ws.mergeCells('A1:G1');
  ws.getCell('A2').value = '填报单位';
  ws.getCell('B2').value = '城区总工会';
  ws.mergeCells('B2:C3');
  ws.getCell('A4').value = 'A01';
  ws.getCell('D4').value = 1234;
  ws.getCell('E4').value = 1200.5;
  ws.getCell('D5').value = 0.923;
  ws.getCell('D5').numFmt = '0.0%';
  ws.getCell('D6').value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell('D6').numFmt = 'yyyy-mm-dd';
  ws.getCell('D7').value = true;
  ws.getCell('D8').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('D9').value = { formula: 'D4+E4', result: 2434.5 } as ExcelJS.CellFormulaValue;
  ws.getCell('D10').value = { formula: 'SUM(D4:E4)' } as ExcelJS.CellFormulaValue;
  ws.getCell('D11').value = { formula: '"a"&"b"', result: 'ab' } as ExcelJS.CellFormulaValue;
  ws.getCell('D12').value = { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] };
  ws.getCell('D13').value = '  前后空格  ';
  ws.getCell('D14').value = '第一行\r\n第二行';
  ws.getCell('G20').value = -0.0001;
  await ws.protect('', {});
  const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
  hidden.getCell('A1').value = 'secret';
  const veryHidden = wb.addWorksheet('深度隐藏', { state: 'veryHidden' });
  veryHidden.getCell('B2').value = 7;
  wb.addWorksheet('空表');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fast(bytes: Uint8Array, name = 'test.xlsx', limits = readLimits()): WorkbookGrids {
  const result = readWorkbookFast(bytes, name, limits);
  if (!result.ok) throw new Error(`expected a workbook, got ${result.issue.code}: ${result.issue.message.en}`);
  return result.workbook;
}

function issueCode(bytes: Uint8Array, limits = readLimits(), name = 'test.xlsx'): string {
  const result = readWorkbookFast(bytes, name, limits, { preload: 'all' });
  if (result.ok) return 'ok';
  // Every placeholder of the message must be filled: a user never reads `{limit}`.
  const text = `${result.issue.message.zh} ${result.issue.message.en} ${result.issue.hint.zh}`;
  expect({ code: result.issue.code, unfilled: text.match(/\{[A-Za-z0-9_.]+\}/g) }).toEqual({ code: result.issue.code, unfilled: null });
  return result.issue.code;
}

/** The non-blank cells of a grid, by A1 address, as plain data for equality checks. */
function cellsOf(grid: Grid): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.colCount; c++) {
      const cell = grid.cell(r, c);
      if (cell.value.type !== 'blank' || cell.formula !== undefined) out.set(`${r},${c}`, cell);
    }
  }
  return out;
}

describe('readWorkbookFast on a workbook written by exceljs', () => {
  let bytes: Uint8Array;
  let grid: Grid;
  let workbook: WorkbookGrids;
  beforeAll(async () => {
    bytes = await templateLikeWorkbook();
    workbook = fast(bytes);
    grid = workbook.sheet(SHEET) as Grid;
  });

  test('lists the sheets in order with their hidden state', () => {
    expect(workbook.sheetNames).toEqual([SHEET, '隐藏', '深度隐藏', '空表']);
    expect([...(workbook.hiddenSheets ?? [])].sort()).toEqual(['深度隐藏', '隐藏'].sort());
    expect(workbook.sheet('不存在')).toBeUndefined();
  });

  test('reads every cell type with its value', () => {
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '工会基本情况统计表 <2024> & 附表' });
    expect(grid.cell(4, 4).value).toEqual({ type: 'number', value: 1234 });
    expect(grid.cell(4, 5).value).toEqual({ type: 'number', value: 1200.5 });
    expect(grid.cell(5, 4)).toEqual({ value: { type: 'number', value: 0.923 }, numFmt: '0.0%' });
    // exceljs writes a Date as its serial with the format: the fast reader keeps number + numFmt.
    expect(grid.cell(6, 4)).toEqual({ value: { type: 'number', value: 45657 }, numFmt: 'yyyy-mm-dd' });
    expect(grid.cell(7, 4).value).toEqual({ type: 'boolean', value: true });
    expect(grid.cell(8, 4).value).toEqual({ type: 'error', value: '#DIV/0!' });
    expect(grid.cell(9, 4)).toEqual({ value: { type: 'number', value: 2434.5 }, formula: 'D4+E4' });
    expect(grid.cell(10, 4)).toEqual({ value: { type: 'blank' }, formula: 'SUM(D4:E4)', uncachedFormula: true });
    expect(grid.cell(11, 4)).toEqual({ value: { type: 'string', value: 'ab' }, formula: '"a"&"b"' });
    expect(grid.cell(12, 4).value).toEqual({ type: 'string', value: '富文本' });
    expect(grid.cell(13, 4).value).toEqual({ type: 'string', value: '  前后空格  ' });
    // XML end-of-line handling turns a raw CR LF into LF (only `_x000D_` keeps a CR).
    expect(grid.cell(14, 4).value).toEqual({ type: 'string', value: '第一行\n第二行' });
    expect(grid.cell(20, 7).value).toEqual({ type: 'number', value: -0.0001 });
    expect(grid.cell(3, 3).value).toEqual({ type: 'blank' });
    expect(grid.cell(0, 1).value).toEqual({ type: 'blank' });
  });

  test('reads merges, protection and the used extent', () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 7 },
        { top: 2, left: 2, bottom: 3, right: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.protected).toBe(true);
    expect(workbook.sheet('隐藏')?.protected).toBe(false);
    expect([grid.rowCount, grid.colCount]).toEqual([20, 7]);
    expect(workbook.sheet('空表')).toMatchObject({ rowCount: 0, colCount: 0 });
    expect(workbook.sheet('深度隐藏')?.cell(2, 2).value).toEqual({ type: 'number', value: 7 });
  });

  test('agrees with the exceljs adapter cell by cell', async () => {
    const reference = await readWorkbookWithExcelJS(bytes, 'test.xlsx');
    if (!reference.ok) throw new Error(reference.issue.message.en);
    expect(workbook.sheetNames).toEqual(reference.workbook.sheetNames);
    expect([...(workbook.hiddenSheets ?? [])].sort()).toEqual([...(reference.workbook.hiddenSheets ?? [])].sort());
    for (const name of workbook.sheetNames) {
      const mine = workbook.sheet(name) as Grid;
      const theirs = reference.workbook.sheet(name) as Grid;
      const a = cellsOf(mine);
      const b = cellsOf(theirs);
      // The one documented difference: exceljs turns a number with a date format into a Date, which its
      // adapter reports as type 'date'; the fast reader keeps the number and its format (the cell reader decides).
      const dateCell = b.get('6,4');
      if (name === SHEET) {
        expect(dateCell).toEqual({ value: { type: 'date', serial: 45657 }, numFmt: 'yyyy-mm-dd' });
        b.set('6,4', { value: { type: 'number', value: 45657 }, numFmt: 'yyyy-mm-dd' });
      }
      expect(Object.fromEntries(a)).toEqual(Object.fromEntries(b));
      expect(mine.merges).toEqual(expect.arrayContaining([...theirs.merges]));
      expect(mine.protected).toBe(theirs.protected);
    }
  });
});

/** A minimal valid package around the given sheet XML and shared strings. */
function craftedWorkbook(parts: { sheet?: string; sharedStrings?: string; extra?: Zippable; omit?: string[] } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/data.xml': strToU8(
      parts.sheet ??
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>',
    ),
    'xl/sharedStrings.xml': strToU8(parts.sharedStrings ?? '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>你好</t></si></sst>'),
    ...parts.extra,
  };
  for (const name of parts.omit ?? []) delete files[name];
  return zipSync(files);
}

describe('readWorkbookFast on crafted packages', () => {
  test('the crafted baseline reads (the refusals below are caused by what each case changes)', () => {
    const grid = fast(craftedWorkbook()).sheet('表1') as Grid;
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '你好' });
    expect(grid.cell(1, 2).value).toEqual({ type: 'number', value: 42 });
  });

  test('a DOCTYPE in the shared strings is refused, never expanded', () => {
    const sharedStrings =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const result = readWorkbookFast(craftedWorkbook({ sharedStrings }), 'bomb.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.xml-doctype');
    expect(result.issue.values).toMatchObject({ file: 'bomb.xlsx', part: 'xl/sharedStrings.xml' });
    expect(result.issue.message.zh).toContain('xl/sharedStrings.xml');
  });

  test('a DOCTYPE in a sheet is refused when the sheet is read, and sheetIssue says why', () => {
    const sheet = '<!DOCTYPE worksheet SYSTEM "file:///etc/passwd"><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const bytes = craftedWorkbook({ sheet });
    const result = readWorkbookFast(bytes, 'x.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok || !result.workbook) return;
    expect(result.workbook.sheet('表1')).toBeUndefined();
    expect(result.workbook.sheetIssue('表1')?.code).toBe('file.xml-doctype');
    expect(issueCode(bytes)).toBe('file.xml-doctype');
  });

  test('a sheet claiming 2,000,000 rows is refused', () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2000000"/>' +
      '<sheetData><row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData></worksheet>';
    const result = readWorkbookFast(craftedWorkbook({ sheet }), 'big.xlsx', readLimits(), { preload: ['表1'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.sheet-too-large');
    expect(result.issue.values).toMatchObject({ sheet: '表1', rows: 2_000_000, limit: 100_000 });
    expect(result.issue.message.zh).toContain('表1');
  });

  test('rows past the limit with values are refused; formatted empty rows and a whole-grid dimension are not', () => {
    const filled =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="150000"><c r="A150000"><v>1</v></c></row></sheetData></worksheet>';
    expect(issueCode(craftedWorkbook({ sheet: filled }))).toBe('file.sheet-too-large');
    const styledOnly =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>5</v></c></row>' +
      '<row r="1048576"><c r="A1048576" s="0"/></row></sheetData></worksheet>';
    const grid = fast(craftedWorkbook({ sheet: styledOnly })).sheet('表1') as Grid;
    expect([grid.rowCount, grid.colCount]).toEqual([1, 1]);
    const wide = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="E1"><v>1</v></c></row></sheetData></worksheet>';
    expect(issueCode(craftedWorkbook({ sheet: wide }), readLimits({ maxCols: 4 }))).toBe('file.sheet-too-wide');
  });

  test('a zip bomb declaring a 300 MB part is refused before inflating', () => {
    // Highly compressible padding (4 MiB of zeros deflate to a few KiB) whose directory entry declares 300 MB:
    // the refusal must come from the central directory alone.
    const bytes = craftedWorkbook({ extra: { 'xl/media/padding.bin': new Uint8Array(4 * 1024 * 1024) } });
    patchDeclaredSize(bytes, 'xl/media/padding.bin', 300 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const result = readWorkbookFast(bytes, 'bomb.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.zip-bomb');
    expect(result.issue.message.zh).toContain('200 MiB');
  });

  test('a part that inflates past its declared size is stopped (lying central directory)', () => {
    // A sheet of 2 MiB of whitespace (valid XML) whose central-directory entry claims 1 KiB.
    const padding = ' '.repeat(2 * 1024 * 1024);
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${padding}</sheetData></worksheet>`;
    const bytes = craftedWorkbook({ sheet });
    expect(issueCode(bytes)).toBe('ok');
    patchDeclaredSize(bytes, 'xl/worksheets/data.xml', 1024);
    // A declared size the data does not match is damage, not a bomb: inflating stopped at the declared size.
    expect(issueCode(bytes)).toBe('file.zip-size-mismatch');
  });

  test('an absurd compression ratio or too many inflated bytes are refused', () => {
    // 8 MiB repeating a 1000-byte pseudo-random block: compresses well (about 100:1), but not absurdly.
    const block = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919 + 13) % 251);
    const data = new Uint8Array(8 * 1024 * 1024).map((_, i) => block[i % 1000]);
    const bytes = craftedWorkbook({ extra: { 'xl/media/pattern.bin': data } });
    expect(issueCode(bytes)).toBe('ok');
    expect(issueCode(bytes, readLimits({ maxCompressionRatio: 10 }))).toBe('file.zip-ratio');
    expect(issueCode(bytes, readLimits({ maxInflatedBytes: 4 * 1024 * 1024 }))).toBe('file.zip-bomb');
  });

  test('truncated bytes are reported as truncated', () => {
    const bytes = craftedWorkbook();
    expect(issueCode(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('file.truncated');
    expect(issueCode(bytes.subarray(0, bytes.length - 30))).toBe('file.truncated');
    expect(issueCode(bytes.subarray(0, 10))).toBe('file.truncated');
  });

  test('damaged compressed data is unreadable, not a crash', () => {
    const bytes = craftedWorkbook();
    const at = findLocalData(bytes, 'xl/worksheets/data.xml');
    bytes.fill(0xff, at, at + 8);
    const code = issueCode(bytes);
    expect(['file.zip-damaged', 'file.zip-checksum', 'file.zip-size-mismatch', 'file.truncated']).toContain(code);
  });

  test('a zip without a workbook part is not a workbook', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<document/>'), '_rels/.rels': strToU8('<Relationships/>') });
    expect(issueCode(docx)).toBe('file.not-workbook');
    expect(issueCode(craftedWorkbook({ omit: ['xl/workbook.xml'] }))).toBe('file.not-workbook');
    expect(issueCode(zipSync({}))).toBe('file.not-workbook');
  });

  test('an ODS spreadsheet is named as such', () => {
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(issueCode(ods, readLimits(), '统计表.ods')).toBe('file.ods');
  });

  test('the workbook is found through _rels/.rels, wherever it lives', () => {
    const files: Zippable = {
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/Book/Main.XML"/></Relationships>',
      ),
      // Any prefix for SpreadsheetML's namespace (here the strict one) reads the same.
      'Book/Main.xml': strToU8('<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:q="urn:r"><x:sheets><x:sheet name="S" q:id="a"/></x:sheets></x:workbook>'),
      'Book/_rels/Main.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type=".../worksheet" Target="../Sheets/One.xml"/></Relationships>',
      ),
      'Sheets/One.xml': strToU8(
        '<ns0:worksheet xmlns:ns0="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:f="urn:foreign"><ns0:sheetData><ns0:row>' +
          '<ns0:c t="inlineStr"><ns0:is><ns0:t>甲</ns0:t></ns0:is></ns0:c><ns0:c><ns0:v>3</ns0:v></ns0:c>' +
          // A cell element of a foreign namespace is not a cell, whatever its local name.
          '<f:c r="C1"><f:v>99</f:v></f:c></ns0:row></ns0:sheetData></ns0:worksheet>',
      ),
    };
    const grid = fast(zipSync(files)).sheet('S') as Grid;
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '甲' });
    expect(grid.cell(1, 2).value).toEqual({ type: 'number', value: 3 });
    expect(grid.cell(1, 3).value).toEqual({ type: 'blank' });
    expect(grid.colCount).toBe(2);
  });

  test('cells and rows without r follow the previous ones; shared formulas are translated', () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><f t="shared" si="0" ref="C2:C4">A1*2</f><v>2</v></c></row>' +
      '<row r="4"><c r="C4"><f t="shared" si="0"/><v>0</v></c><c r="D4"><f>C4+1</f></c></row></sheetData></worksheet>';
    const grid = fast(craftedWorkbook({ sheet })).sheet('表1') as Grid;
    expect(grid.cell(1, 1).value).toEqual({ type: 'number', value: 1 });
    expect(grid.cell(1, 2).value).toEqual({ type: 'number', value: 2 });
    expect(grid.cell(2, 2).value).toEqual({ type: 'number', value: 3 });
    expect(grid.cell(2, 3)).toEqual({ value: { type: 'number', value: 2 }, formula: 'A1*2' });
    expect(grid.cell(4, 3)).toEqual({ value: { type: 'number', value: 0 }, formula: 'A3*2' });
    expect(grid.cell(4, 4)).toEqual({ value: { type: 'blank' }, formula: 'C4+1', uncachedFormula: true });
  });

  test('rich text, phonetic runs, _xHHHH_ escapes, ISO dates and a missing shared string', () => {
    const sharedStrings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>合</t></r><r><rPr><b/></rPr><t xml:space="preserve">计 </t></r><rPh sb="0" eb="1"><t>ごう</t></rPh></si>' +
      '<si><t>A_x000D_B_x005F_x000D_</t></si></sst>';
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="d"><v>2024-06-30T12:00:00Z</v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1" t="e"><v>#N/A</v></c></row></sheetData></worksheet>';
    const grid = fast(craftedWorkbook({ sheet, sharedStrings })).sheet('表1') as Grid;
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '合计 ' });
    expect(grid.cell(1, 2).value).toEqual({ type: 'string', value: 'A\rB_x000D_' });
    expect(grid.cell(1, 3).value).toEqual({ type: 'date', serial: 45473.5 });
    expect(grid.cell(1, 4)).toEqual({ value: { type: 'string', value: '' }, formula: '""' });
    expect(grid.cell(1, 5).value).toEqual({ type: 'error', value: '#N/A' });
    const dangling = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>';
    expect(issueCode(craftedWorkbook({ sheet: dangling }))).toBe('file.shared-string-missing');
  });

  test('malformed XML and over-long strings are refused with their codes', () => {
    expect(issueCode(craftedWorkbook({ sheet: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row></worksheet>' }))).toBe('file.malformed-xml');
    const long = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'长'.repeat(40)}</t></si></sst>`;
    expect(issueCode(craftedWorkbook({ sharedStrings: long }), readLimits({ maxStringLength: 32 }))).toBe('file.string-too-long');
    expect(issueCode(craftedWorkbook({ sharedStrings: long }), readLimits({ maxStringLength: 40 }))).toBe('ok');
  });

  test('refusals before unzipping: empty, not a zip, too large', () => {
    expect(issueCode(new Uint8Array())).toBe('file.empty');
    expect(issueCode(strToU8('代码,指标,本年\nA01,应建会单位数,12\n'))).toBe('file.text-not-workbook');
    expect(issueCode(craftedWorkbook(), readLimits({ maxFileBytes: 100 }))).toBe('file.too-large');
  });
});

/** Overwrites the uncompressed size of one entry in the central directory and its local header. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig !== 0x02014b50 && sig !== 0x04034b50) continue;
    const nameAt = sig === 0x02014b50 ? i + 46 : i + 30;
    const nameLength = view.getUint16(sig === 0x02014b50 ? i + 28 : i + 26, true);
    if (nameLength !== target.length || !target.every((b, k) => bytes[nameAt + k] === b)) continue;
    view.setUint32(sig === 0x02014b50 ? i + 24 : i + 22, size, true);
  }
}

function findLocalData(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    if (nameLength === target.length && target.every((b, k) => bytes[i + 30 + k] === b)) {
      return i + 30 + nameLength + view.getUint16(i + 28, true);
    }
  }
  throw new Error(`no local header for ${name}`);
}

