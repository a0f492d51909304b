import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { lieAboutSize, rawXlsx, sheetXml } from '../fixtures/hostile/raw-xlsx.js';
import { UNFILLED_PLACEHOLDER } from './hash-tree.js';

describe('a part that inflates past its declared size', () => {
  it('is refused as a zip bomb whose message names the size it passed', () => {
    const zip = lieAboutSize(rawXlsx(sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(4 * 1024 * 1024)}`)), 'xl/worksheets/sheet1.xml', 100);
    const result = readWorkbookFast(zip, '谎报.xlsx', undefined, { preload: 'all' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('file.zip-bomb');
    expect(result.issue.values).toMatchObject({ part: 'xl/worksheets/sheet1.xml', limit: '100 B' });
    expect(result.issue.message.zh).toBe('文件 谎报.xlsx 解压后超过 100 B（压缩比异常），已拒绝读取。');
    expect(`${result.issue.message.zh}${result.issue.message.en}`).not.toMatch(UNFILLED_PLACEHOLDER);
  });
});
