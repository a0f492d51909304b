import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { lieAboutSize, rawXlsx, sheetXml } from '../fixtures/hostile/raw-xlsx.js';
import { UNFILLED_PLACEHOLDER } from './hash-tree.js';

describe('a part that inflates past its declared size', () => {
  it('is refused as damaged, not as a zip bomb, and the message names the size declared', () => {
    const zip = lieAboutSize(rawXlsx(sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(4 * 1024 * 1024)}`)), 'xl/worksheets/sheet1.xml', 100);
    const result = readWorkbookFast(zip, '谎报.xlsx', undefined, { preload: 'all' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.zip-size-mismatch');
    expect(result.issue.values).toMatchObject({ part: 'xl/worksheets/sheet1.xml', declared: '100 B' });
    expect(result.issue.message.zh).toBe('文件 谎报.xlsx 已损坏：xl/worksheets/sheet1.xml 解压后的大小与压缩包中记录的 100 B 不符。');
    expect(`${result.issue.message.zh}${result.issue.message.en}`).not.toMatch(UNFILLED_PLACEHOLDER);
  });

  it('a declared size of 0 with data behind it is damage too, never "over 0 B"', () => {
    const zip = lieAboutSize(rawXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')), 'xl/worksheets/sheet1.xml', 0);
    const result = readWorkbookFast(zip, '零.xlsx', undefined, { preload: 'all' });
    if (result.ok) throw new Error('a part declared empty that holds data must be refused');
    expect(result.issue.code).toBe('file.zip-size-mismatch');
    expect(result.issue.message.zh).not.toContain('超过');
  });
});
