import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { standardSpec } from '../../core/templates/index.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { buildTemplateWorkbook, fillTemplate } from '../../report/template/index.js';
import { enteredFigures } from '../support/entered-figures.js';

/**
 * Text from submissions (and from the roster, which staff paste together from
 * many sources) must stay text in every output: never a spreadsheet formula,
 * never markup, never a broken markdown table.
 */
const PAYLOADS = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '<script>alert(1)</script>', '| pipe |', '**bold**'];
const IMG = '<img src=x onerror=alert(2)>';

const root = mkdtempSync(join(tmpdir(), 'unionstat-inject-'));
const inDir = join(root, 'in');
const out = join(root, 'out');
const rosterPath = join(root, 'roster.csv');
const reportPath = join(root, '审核结果.xlsx');
const csvQuote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function submission(path: string, code: string, name: string, extra: { current?: Record<string, number | string>; notes?: Record<string, string> }) {
  const wb = buildTemplateWorkbook(standardSpec);
  fillTemplate(wb, standardSpec, {
    header: { unitName: name, unitCode: code, year: 2025, period: '年报', preparer: name, phone: '0999-1234567' },
    current: { ...enteredFigures(1), ...extra.current },
    prior: enteredFigures(1),
    notes: extra.notes,
  });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

let mergeCode: number;
let checkCode: number;

beforeAll(async () => {
  mkdirSync(inDir, { recursive: true });
  const rows = ['代码,名称,上级,类别', '990300,示例市总工会,,本级'];
  for (const [i, payload] of PAYLOADS.entries()) {
    const code = `9903${String(i + 1).padStart(2, '0')}`;
    rows.push(`${code},${csvQuote(payload)},990300,县区`);
    // A09 doubled: a soft issue, explained by the payload in 说明, so the explanation reaches the outputs.
    await submission(join(inDir, `${code}.xlsx`), code, payload, { current: { A09: 6 }, notes: { A09: payload, A01: payload } });
  }
  rows.push('990308,=1+1,990300,直属');
  writeFileSync(rosterPath, rows.join('\n') + '\n');
  // Not in the roster: its own unit name is what the outputs show; a text in a number cell is quoted in the message.
  await submission(join(inDir, 'stranger.xlsx'), '880301', PAYLOADS[0], { current: { A04: IMG } });
  // A file name that looks like a formula and like markup.
  await submission(join(inDir, '=1+1 <b>x.xlsx'), '990308', PAYLOADS[0], { current: { A09: 7 }, notes: { A09: PAYLOADS[4] } });
  const merge = recordingEffects();
  mergeCode = await runCli(['merge', '--roster', rosterPath, '--in', inDir, '--out', out, '--year', '2025'], merge);
  const check = recordingEffects();
  checkCode = await runCli(['check', inDir, '--roster', rosterPath, '--year', '2025', '--report', reportPath], check);
}, 120_000);

// The corpus holds a 21 MiB file and a few bombs: leave nothing behind in the temp folder.
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('text from submissions cannot become a formula or markup', () => {
  it('the runs finish: check exits 1 (the stranger has hard issues), merge 1 (a file from a unit outside the roster was left out of the totals)', () => {
    expect(checkCode).toBe(1);
    expect(mergeCode).toBe(1);
  });

  it('summary.csv: every text field that a spreadsheet would run is prefixed with an apostrophe', () => {
    const records: string[][] = parseCsv(readFileSync(join(out, '汇总数据.csv'), 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
    const labels = records.slice(1).map((r) => r[1]);
    for (const payload of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '=1+1']) {
      expect(labels).toContain(`'${payload}`);
      expect(labels).not.toContain(payload);
    }
    // No text field (a number is fine: `-12` is a number) starts like a formula.
    const risky = records.flat().filter((f) => /^[=+\-@\t\r]/.test(f) && !/^-?\d+(\.\d+)?$/.test(f));
    expect(risky).toEqual([]);
  });

  it('summary.html: payloads appear escaped, never as tags', () => {
    const html = readFileSync(join(out, '汇总报告.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('summary.md: pipes escaped (every table row has as many cells as its head), no raw tags', () => {
    const md = readFileSync(join(out, '汇总报告.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('\\| pipe \\|');
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('|')) return;
      // The head of this table is the first line of its block.
      let head = i;
      while (head > 0 && lines[head - 1].startsWith('|')) head--;
      expect({ line, cells: cells(line) }).toEqual({ line, cells: cells(lines[head]) });
    });
  });

  it('汇总表.xlsx and the check report: submitted texts are string cells, no formula carries them', async () => {
    for (const path of [join(out, '汇总表.xlsx'), reportPath]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const texts: string[] = [];
      const formulas: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}=${cell.formula}`);
            else if (cell.type === ExcelJS.ValueType.String) texts.push(cell.value as string);
          }),
        ),
      );
      expect(formulas.filter((f) => /HYPERLINK|SUM\(A1\)|alert/.test(f))).toEqual([]);
      expect(texts.some((t) => t.includes('=HYPERLINK("http://x","y")'))).toBe(true);
      expect(texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
    }
    // The raw XML agrees: the payload sits in shared strings or inline strings, never in an <f> element.
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, '汇总表.xlsx'))));
    for (const [name, data] of Object.entries(parts)) {
      if (!name.startsWith('xl/worksheets/')) continue;
      expect(strFromU8(data)).not.toMatch(/<f>[^<]*(HYPERLINK|alert)/);
    }
  });

  it('summary.docx: the document XML is well-formed and the payloads are escaped text', () => {
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, '汇总报告.docx'))))['word/document.xml']);
    const parser = new SaxesParser();
    let depth = 0;
    const tags = new Set<string>();
    parser.on('opentag', (t) => {
      depth++;
      tags.add(t.name);
    });
    parser.on('closetag', () => depth--);
    parser.write(xml).close();
    expect(depth).toBe(0);
    expect([...tags].filter((t) => !t.includes(':'))).toEqual([]);
    expect(xml).toContain('&lt;script&gt;');
  });
});
