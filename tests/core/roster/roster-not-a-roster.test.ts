import ExcelJS from 'exceljs';
import { decodeRosterBytes, parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';

/** Latin-letter words left in a Chinese message once the allowed names are out. */
const englishIn = (zh: string) => (zh.match(/[A-Za-z]+/g) ?? []).filter((w) => !['xlsx', 'CSV', 'Excel'].includes(w));

function problemsOf(bytes: Uint8Array) {
  const result = parseRosterCsv(decodeRosterBytes(bytes));
  if (result.ok) throw new Error('a roster was read from something that is not one');
  return result.problems;
}

describe('a roster that is not a roster gets a clear Chinese message, never the CSV parser’s English', () => {
  test('an xlsx given where CSV is expected', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名册');
    sheet.addRow(['代码', '名称', '上级', '类别']);
    sheet.addRow(['990100', '示例市总工会', '', '本级']);
    const problems = problemsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(problems).toEqual([
      {
        zh: '这是 Excel 工作簿（xlsx），不是 CSV 文本。请在 Excel 中打开名册，另存为“CSV（逗号分隔）”后再用。',
        en: 'This is an Excel workbook (xlsx), not CSV text. Open the roster in Excel and save it as "CSV (Comma delimited)".',
      },
    ]);
  });

  test('binary junk, and an old .xls (its header followed by zeros)', () => {
    const junk = new Uint8Array(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 73 + 11) % 256;
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const bytes of [junk, xls]) {
      const problems = problemsOf(bytes);
      expect(problems).toHaveLength(1);
      expect(problems[0].zh).toBe('这不是文本格式的名册（可能是其他格式的文件，或文件已损坏）。名册应为 CSV 文本，第 1 行为表头：代码,名称,上级,类别。');
    }
  });

  test('a quote that does not pair up: the line, in Chinese (the parser says "Invalid Opening Quote")', () => {
    const problems = problemsOf(new TextEncoder().encode('代码,名称,上级,类别\n990100,示例市总工会,,本级\n990101,甲"区总工会,990100,县区\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
    expect(problems[0].zh).toBe('本行的双引号不配对，CSV 格式有误。请检查本行的引号，或在 Excel 中打开名册重新另存为“CSV（逗号分隔）”。');
    expect(problems[0].en).not.toMatch(/Invalid Opening Quote/);
  });

  test('a CSV without the roster’s columns names them in Chinese', () => {
    const problems = problemsOf(new TextEncoder().encode('单位,人数\n甲,1\n'));
    expect(problems).toEqual([
      {
        line: 1,
        zh: '第 1 行应为表头，缺少列：代码、类别（表头可用：代码、名称、上级、类别）。',
        en: 'Line 1 must be the header; missing columns: code, kind (代码, 名称, 上级, 类别 or code, name, parent, kind).',
      },
    ]);
  });

  test('field problems are Chinese alone in zh, English alone in en', () => {
    const result = parseRosterCsv(`代码,名称,上级,类别\n990100,示例市总工会,,本级\n${'9'.repeat(41)},甲区总工会,990100,县区\n990102,乙区总工会,990100,街道\n`);
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toEqual([
      { line: 3, zh: '单位代码过长（最多 40 个字符）。', en: 'The unit code is too long (at most 40 characters).' },
      { line: 4, zh: '类别应为 县区、直属 或 产业', en: 'kind must be 县区, 直属 or 产业' },
    ]);
    for (const p of result.problems) expect(englishIn(p.zh)).toEqual([]);
  });
});
