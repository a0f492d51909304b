import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryDocx } from '../../report/build-summary-docx.js';
import { FIGURE_HEAD } from '../../report/figure-rows.js';
import { statusRows } from '../../report/status-rows.js';
import { summaryDocument } from '../../report/summary-document.js';
import { findSystemProgram } from '../support/system-program.js';
import { HOSTILE_NAMES, nationalReport, shown } from './docx-fixtures.js';

const soffice = findSystemProgram('soffice', 'libreoffice-writer', 'summary.docx with stamped rows opens in LibreOffice');
const run = soffice ? describe : describe.skip;

run('summary.docx with stamped figure and 报送情况 rows, opened by LibreOffice Writer', () => {
  const report = nationalReport(300);
  // The second figure table with hostile labels at levels 0, 1 and 2 (the first keeps the standard rows).
  const document = summaryDocument(report, standardSpec);
  document.sections[1].rows = document.sections[1].rows.map((r, i) => ({ ...r, level: i % 3, label: HOSTILE_NAMES[i % HOSTILE_NAMES.length][0] }));
  let dir: string;
  let text: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'summary-docx-lo-'));
    writeFileSync(join(dir, 'summary.docx'), await buildSummaryDocx(report, standardSpec, 'zh', { document }));
    execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', join(dir, 'summary.docx'), '--outdir', dir], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    // Plain-text export: one line per paragraph, so one line per table cell.
    text = readFileSync(join(dir, 'summary.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the 报送情况 table reads back as every unit, in order, cell by cell, hostile names as text', () => {
    const from = text.indexOf('报送情况');
    const to = text.indexOf('说明', from);
    expect(from).toBeGreaterThan(0);
    const expected = [
      '单位代码', '单位名称', '类别', '报送状态', '文件', '强制性错误', '待说明', '已说明', '计入汇总',
      ...statusRows(report).flatMap((s) => [s.code, shown(s.name), s.kind, s.status, shown(s.files), String(s.hard), String(s.soft), String(s.explained), s.included]),
    ];
    expect(text.slice(from + 1, to)).toEqual(expected);
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

  test('the document around the table is intact: the title first, the section tables, the notes last', () => {
    expect(text[0]).toBe('示例市总工会2024年工会基本情况汇总');
    expect(text).toContain('一、组织建设');
    expect(text).toContain('1,234.56');
    expect(text).toContain('市教育工会的上年数取自其本年报表的“上年”栏。');
  });
});
