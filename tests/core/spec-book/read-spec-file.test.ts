import ExcelJS from 'exceljs';
import { readSpecFile, specProblemLines } from '../../../core/spec-book/read-spec-file.js';
import { standardSpec } from '../../../core/templates/index.js';
import { buildSpecWorkbook } from '../../../report/spec-book/build-spec-workbook.js';
import { changedSpec } from '../../support/changed-spec.js';

async function bookBytes(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = buildSpecWorkbook(changedSpec);
  edit?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSpecFile: a spec file picked on a page, from its bytes', () => {
  it('reads 指标体系.xlsx written by the project’s writer to the spec it was written from', async () => {
    const read = readSpecFile('指标体系.xlsx', await bookBytes());
    expect(read.ok && read.spec).toEqual(changedSpec);
  });

  it('lists every fault of a book as `unionstat spec` does, in Chinese and in English', async () => {
    const bytes = await bookBytes((wb) => {
      wb.getWorksheet('审核公式')!.getCell('B7').value = 'A99 <= A01';
      wb.getWorksheet('指标')!.getCell('D3').value = '个数';
    });
    const read = readSpecFile('本会指标体系.xlsx', bytes);
    if (read.ok) throw new Error('a faulty book must be refused');
    expect(specProblemLines(read.problems, 'zh')).toEqual(['指标!D3：“个数”不是“类型”可选的值；可选：计数、金额、比率、比值。', '审核公式!B7：未知指标代码 A99，是否为 A09？']);
    expect(specProblemLines(read.problems, 'en')[1]).toBe('审核公式!B7: Unknown indicator code A99; did you mean A09?');
  });

  it('names the file for a fault of the whole book (a sheet missing)', async () => {
    const read = readSpecFile('指标体系.xlsx', await bookBytes((wb) => wb.removeWorksheet(wb.getWorksheet('部分')!.id)));
    if (read.ok) throw new Error('a book without 部分 must be refused');
    expect(specProblemLines(read.problems, 'zh')).toContain('部分：缺少工作表“部分”。');
  });

  it('reads spec.json (with a BOM, as Notepad saves it) to the spec', () => {
    const read = readSpecFile('spec.json', utf8(`\uFEFF${JSON.stringify(changedSpec, null, 2)}`));
    expect(read.ok && read.spec).toEqual(changedSpec);
  });

  it('refuses a spec.json that is no JSON, or whose spec is invalid, naming each fault by its path in Chinese', () => {
    const notJson = readSpecFile('spec.json', utf8('{"id": '));
    expect(!notJson.ok && specProblemLines(notJson.problems, 'zh')).toEqual(['spec.json：不是有效的 JSON 文件，无法读出指标体系。']);
    const invalid = readSpecFile('spec.json', utf8(JSON.stringify({ ...standardSpec, version: 0, sheetName: '' })));
    if (invalid.ok) throw new Error('an invalid spec must be refused');
    expect(specProblemLines(invalid.problems, 'zh')).toEqual(['spec.json：其中的指标体系不符合要求（规格位置 version）。', 'spec.json：其中的指标体系不符合要求（规格位置 sheetName）。']);
    // No English schema text inside the Chinese.
    for (const p of invalid.problems) expect(p.message.zh).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
  });

  it('refuses what is neither a workbook nor JSON, and an .xls, with the reader’s own words', () => {
    const text = readSpecFile('指标体系.txt', utf8('代码,名称'));
    expect(!text.ok && specProblemLines(text.problems, 'zh')).toEqual(['指标体系.txt：不是指标体系文件。']);
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = readSpecFile('指标体系.xlsx', ole);
    expect(xls.ok).toBe(false);
    if (!xls.ok) expect(xls.problems[0].code).toMatch(/^file\./);
  });

  it('takes a workbook by its bytes whatever its name (指标体系 saved without an extension)', async () => {
    const read = readSpecFile('指标体系', await bookBytes());
    expect(read.ok && read.spec).toEqual(changedSpec);
  });
});
