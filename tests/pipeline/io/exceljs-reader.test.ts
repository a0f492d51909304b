import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { findCachedEmptyStrings } from '../../../core/grid/exceljs-cached-empty-strings.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A minimal workbook written by hand, the way Excel saves formulas: t="str" with an empty <v>. */
function handMadeXlsx(sheetXml: string): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="基本情况统计表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetXml}</sheetData></worksheet>`),
  });
}

describe('readWorkbookWithExcelJS', () => {
  it('reads a workbook into grids', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('基本情况统计表');
    ws.getCell('A1').value = '代码';
    ws.getCell('B2').value = 42;
    const result = await readWorkbookWithExcelJS(await bytesOf(wb), '城关区.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workbook.sheetNames).toEqual(['基本情况统计表']);
    const grid = result.workbook.sheet('基本情况统计表')!;
    expect(grid.cell(2, 2).value).toEqual({ type: 'number', value: 42 });
    expect(grid.cell(1, 1).value).toEqual({ type: 'string', value: '代码' });
  });

  it.each([
    ['empty bytes', new Uint8Array(), '0 字节'],
    ['a text file renamed to .xlsx', strToU8('代码,本年\nA01,12\n'), '不是 .xlsx 压缩包'],
    ['a zip that is not a workbook', zipSync({ 'hello.txt': strToU8('hi') }), '没有工作表'],
    ['a truncated zip', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'.repeat(200)) }, { level: 0 }).slice(0, 300), '工作簿结构无法解析'],
  ])('refuses %s with file.exceljs-refused and a reason in each language, never a throw', async (_label, bytes, reason) => {
    const result = await readWorkbookWithExcelJS(bytes, '新建 Microsoft Excel 工作表 (3).xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.exceljs-refused');
    expect(result.issue.severity).toBe('hard');
    expect(result.issue.values.file).toBe('新建 Microsoft Excel 工作表 (3).xlsx');
    expect(String(result.issue.values.reasonZh)).toContain(reason);
    expect(result.issue.message.zh).not.toContain(String(result.issue.values.reasonEn));
    expect(result.issue.message.zh).toContain('新建 Microsoft Excel 工作表 (3).xlsx');
    expect(result.issue.message.zh).toContain(reason);
  });

  it('tells a cached empty string (as Excel saves it) from a formula never calculated', async () => {
    const bytes = handMadeXlsx(
      '<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1*2)</f><v></v></c><c r="B1"><f>C1*2</f></c><c r="C1" t="str"><f>"x"</f><v/></c></row>' +
        '<row r="2"><c r="A2"><f>B2*2</f><v>0</v></c><c r="B2" t="str"><f>IF(C2="","",C2)</f><v>有</v></c></row>',
    );
    const result = await readWorkbookWithExcelJS(bytes, 'excel.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const grid = result.workbook.sheet('基本情况统计表')!;
    expect(grid.cell(1, 1)).toEqual({ value: { type: 'string', value: '' }, formula: 'IF(B1="","",B1*2)' });
    expect(grid.cell(1, 2)).toEqual({ value: { type: 'blank' }, formula: 'C1*2', uncachedFormula: true });
    expect(grid.cell(1, 3)).toEqual({ value: { type: 'string', value: '' }, formula: '"x"' });
    expect(grid.cell(2, 1)).toEqual({ value: { type: 'number', value: 0 }, formula: 'B2*2' });
    expect(grid.cell(2, 2)).toEqual({ value: { type: 'string', value: '有' }, formula: 'IF(C2="","",C2)' });
  });
});

describe('findCachedEmptyStrings', () => {
  it('finds, per sheet, only the formula cells whose saved result is empty', () => {
    const bytes = handMadeXlsx(
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>IF(A1="","",A1)</f><v></v></c><c r="C1"><f>A1</f></c><c r="D1" t="str"><v></v></c></row>',
    );
    expect(findCachedEmptyStrings(bytes)).toEqual(new Map([['基本情况统计表', new Set(['B1'])]]));
  });

  it('returns nothing for bytes that are not a workbook', () => {
    expect(findCachedEmptyStrings(strToU8('not a zip'))).toEqual(new Map());
  });
});
