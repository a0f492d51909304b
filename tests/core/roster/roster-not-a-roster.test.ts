import ExcelJS from 'exceljs';
import { decodeRosterBytes, parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';

function problemsOf(bytes: Uint8Array) {
  const text = decodeRosterBytes(bytes);
  if (text === undefined) throw new Error('Node decodes GBK: the text must come back');
  const result = parseRosterCsv(text);
  if (result.ok) throw new Error('a roster was read from something that is not one');
  return result.problems;
}

/** Latin-letter words in a Chinese message, but for the names of file kinds. */
const englishIn = (zh: string) => (zh.match(/[A-Za-z]+/g) ?? []).filter((w) => !['xlsx', 'CSV', 'Excel'].includes(w));

describe('a roster that is not a CSV roster gets a clear Chinese message, never the CSV parser’s English', () => {
  test('an xlsx given where CSV is expected', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名册');
    sheet.addRow(['代码', '名称', '上级', '类别']);
    sheet.addRow(['990100', '示例市总工会', '', '本级']);
    const problems = problemsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(problems).toEqual([{ code: 'roster.xlsx-not-csv', zh: '这是 Excel 工作簿（xlsx），不是 CSV 文本。', en: 'This is an Excel workbook (xlsx), not CSV text.' }]);
  });

  test('binary junk, and an old .xls (its header followed by zeros)', () => {
    const junk = new Uint8Array(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 73 + 11) % 256;
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const bytes of [junk, xls]) {
      const problems = problemsOf(bytes);
      expect(problems).toEqual([expect.objectContaining({ code: 'roster.not-text', zh: '这不是文本格式的名册（可能是其他格式的文件，或文件已损坏）。' })]);
    }
  });

  test('a quote that does not pair up: the line, in Chinese (the parser says "Invalid Opening Quote")', () => {
    const problems = problemsOf(new TextEncoder().encode('代码,名称,上级,类别\n990100,示例市总工会,,本级\n990101,甲"区总工会,990100,县区\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
    expect(englishIn(problems[0].zh)).toEqual([]);
    expect(`${problems[0].zh}${problems[0].en}`).not.toMatch(/Opening Quote/);
  });

  test('a CSV without the roster’s columns names them in Chinese', () => {
    const problems = problemsOf(new TextEncoder().encode('单位,人数\n甲,1\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(1);
    expect(problems[0].zh).toContain('缺少列');
    expect(englishIn(problems[0].zh)).toEqual([]);
  });
});
