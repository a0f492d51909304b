import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryDocx } from '../../report/build-summary-docx.js';
import { FIGURE_HEAD } from '../../report/figure-rows.js';
import { summaryDocument } from '../../report/summary-document.js';
import { findSystemProgram } from '../support/system-program.js';
import { HOSTILE_NAMES, nationalReport, shown } from './docx-fixtures.js';

const soffice = findSystemProgram('soffice', 'libreoffice-writer', '汇总报告.docx with stamped rows opens in LibreOffice');
const run = soffice ? describe : describe.skip;

run('汇总报告.docx with stamped figure and by-unit rows, opened by LibreOffice Writer', () => {
  const report = nationalReport(300);
  // The second figure table with hostile labels at levels 0, 1 and 2 (the first keeps the standard rows).
  const document = summaryDocument(report, standardSpec);
  document.sections[1].rows = document.sections[1].rows.map((r, i) => ({ ...r, level: i % 3, label: HOSTILE_NAMES[i % HOSTILE_NAMES.length][0] }));
  let dir: string;
  let text: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'summary-docx-lo-'));
    writeFileSync(join(dir, 'report.docx'), await buildSummaryDocx(report, standardSpec, 'zh', { document }));
    execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', join(dir, 'report.docx'), '--outdir', dir], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    // Plain-text export: one line per paragraph, so one line per table cell.
    text = readFileSync(join(dir, 'report.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the table by unit reads back as every unit and subtotal, in order, cell by cell, hostile names as text', () => {
    const from = text.indexOf(document.units.heading);
    const to = text.indexOf('主要数据', from);
    expect(from).toBeGreaterThan(0);
    const expected = [...document.units.head, ...document.units.rows.flatMap((r) => [shown(r.texts[0]), ...r.texts.slice(1)])];
    expect(text.slice(from + 1, to)).toEqual(expected);
    expect(document.units.rows.length).toBe(300 - 4 + 3);
  });

  test('each figure table reads back after its heading, row by row, cell by cell, hostile labels as text', () => {
    for (const section of document.sections) {
      const from = text.indexOf(section.heading);
      expect(from).toBeGreaterThan(0);
      const expected = [...FIGURE_HEAD.zh, ...section.rows.flatMap((r) => [shown(r.label), r.unit, r.current, r.prior, r.change, r.growth])];
      expect(text.slice(from + 1, from + 1 + expected.length)).toEqual(expected);
      expect(text[from + 1 + expected.length]).toMatch(/^(二|三|四|主要数据)/);
    }
  });

  test('the document around the tables is intact: the title first, the tables, the sentences last; nothing of the process', () => {
    expect(text[0]).toBe('示例市总工会2024年工会基本情况汇总');
    expect(text).toContain('一、组织建设');
    expect(text).toContain('1,234.56');
    expect(text.filter((l) => l.trim()).at(-1)).toMatch(/^全市各级工会共筹集发放帮扶资金1,234\.56万元，同比增长8\.7%/);
    expect(text).not.toContain('报送情况');
    expect(text.join('\n')).not.toContain('市教育工会的上年数取自其本年报表的“上年”栏。');
  });
});
