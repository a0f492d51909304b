import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { a1 } from '../../core/grid/address.js';
import type { Issue } from '../../core/issues/issue.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { fillTemplate, templateLayout, type TemplateFill } from '../../report/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';
import { twoTableSpec as spec } from '../../samples/two-table-spec.js';
import { findSystemProgram } from '../support/system-program.js';
import { summarySheets } from '../../addin/taskpane/summary/summary-sheets.js';

const BOOK = fileURLToPath(new URL('../../samples/指标体系-两表.xlsx', import.meta.url));
const [t1, t2] = [templateLayout(spec, 0), templateLayout(spec, 1)];
const units = SAMPLE_UNITS.slice(0, 4);
const ROSTER = ['代码,名称,上级,类别', '990100,示例市总工会,,本级', ...units.map((u) => `${u.code},${u.name},990100,${u.kind}`)].join('\n');
const cellOf = (code: string) => (t1.rows[code] !== undefined ? `${t1.sheetName}!${a1(t1.rows[code], 4)}` : `${t2.sheetName}!${a1(t2.rows[code], 4)}`);

/** What each unit fills: its sample figures; the last breaks a 表间审核 (C08 above 表一's A04). */
function fillOf(i: number): TemplateFill {
  const unit = units[i];
  const current: Record<string, number> = unitFigures(unit, 2025);
  if (i === 3) current.C08 = current.A04 + 7;
  const notes: Record<string, string> = {};
  // A soft 表间审核 (帮扶人次 over five times the workers), explained: the unit is still summed.
  if (i === 1) {
    current.C07 = current.A04 * 5 + 11;
    notes.C07 = '开展全员慰问，人次较多';
  }
  return {
    header: { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' },
    current,
    prior: unitFigures(unit, 2024),
    notes,
  };
}

interface CheckJson {
  files: { file: string; issues: Issue[] }[];
}

describe('the two-table example end to end: template → filled → check → merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unionstat-two-tables-'));
  const inDir = join(dir, 'in');
  const out = join(dir, 'out');
  const blank = join(dir, '空白模板.xlsx');

  beforeAll(async () => {
    mkdirSync(inDir);
    writeFileSync(join(dir, 'roster.csv'), ROSTER);
    expect(await runCli(['template', '--spec', BOOK, '--out', blank], recordingEffects())).toBe(0);
    for (const [i, unit] of units.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(blank);
      fillTemplate(wb, spec, fillOf(i));
      await wb.xlsx.writeFile(join(inDir, `${unit.name}.xlsx`));
    }
  });

  it('the CLI checks each file by the workbook spec: a cross-table issue on 表二 naming 表一’s cell, each issue on its own sheet', async () => {
    const effects = recordingEffects();
    const code = await runCli(['check', '--spec', BOOK, '--year', '2025', '--json', inDir], effects);
    expect(code).toBe(1);
    const json = JSON.parse(effects.stdout.join('\n')) as CheckJson;
    const byFile = Object.fromEntries(json.files.map((f) => [f.file, f.issues.map((i) => `${i.severity} ${i.status} ${i.ruleId} ${i.sheet}!${i.cell} [${i.related.join(' ')}]`)]));
    expect(byFile[`${units[0].name}.xlsx`]).toEqual([]);
    // The year-on-year check of the same row relates the 上年 cell beside it: same sheet, plain A1.
    const prior = (code: string) => a1(t2.rows[code], t2.columns.prior!);
    expect(byFile[`${units[1].name}.xlsx`]).toEqual([
      `soft explained C07-le-A04x5 ${cellOf('C07')} [${cellOf('A04')}]`,
      `soft explained yoy-threshold ${cellOf('C07')} [${prior('C07')}]`,
    ]);
    expect(byFile[`${units[3].name}.xlsx`]).toEqual([`hard open C08-le-A04 ${cellOf('C08')} [${cellOf('A04')}]`, `soft open yoy-threshold ${cellOf('C08')} [${prior('C08')}]`]);
  });

  it('reads the same after LibreOffice has saved a filled copy', async () => {
    const soffice = findSystemProgram('soffice', 'libreoffice-calc-nogui', 'two-table template re-saved by LibreOffice');
    if (!soffice) return;
    const loIn = join(dir, 'lo-in');
    const loOut = join(dir, 'lo-out');
    mkdirSync(loIn);
    mkdirSync(loOut);
    copyFileSync(join(inDir, `${units[3].name}.xlsx`), join(loIn, 'unit.xlsx'));
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', loOut, join(loIn, 'unit.xlsx')], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const effects = recordingEffects();
    await runCli(['check', '--spec', BOOK, '--year', '2025', '--json', join(loOut, 'unit.xlsx')], effects);
    const json = JSON.parse(effects.stdout.join('\n')) as CheckJson;
    expect(json.files[0].issues.map((i) => `${i.severity} ${i.ruleId} ${i.sheet}!${i.cell} [${i.related.join(' ')}]`)).toEqual([
      `hard C08-le-A04 ${cellOf('C08')} [${cellOf('A04')}]`,
      `soft yoy-threshold ${cellOf('C08')} [${a1(t2.rows.C08, t2.columns.prior!)}]`,
    ]);
  }, 180_000);

  it('merges the units: both tables summed in 汇总表.xlsx (itself a valid submission), the documents and the csv; totals reconcile exactly', async () => {
    const effects = recordingEffects();
    // Exit 1: one unit has a hard issue and is left out of the totals.
    expect(await runCli(['merge', '--spec', BOOK, '--roster', join(dir, 'roster.csv'), '--in', inDir, '--out', out, '--year', '2025'], effects)).toBe(1);
    const summed = units.slice(0, 3).map((u, i) => fillOf(i).current as Record<string, number>);
    const total = (code: string) => summed.reduce((s, f) => s + f[code], 0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '汇总表.xlsx'));
    expect(wb.worksheets.slice(0, 2).map((w) => w.name)).toEqual([t1.sheetName, t2.sheetName]);
    const valueAt = (sheet: string, row: number) => {
      const v = wb.getWorksheet(sheet)!.getCell(row, t1.columns.current!).value;
      return typeof v === 'object' && v !== null && 'result' in v ? (v as { result: number }).result : (v as number);
    };
    for (const ind of spec.indicators.filter((i) => !i.derive)) {
      const layout = t1.rows[ind.code] !== undefined ? t1 : t2;
      // Counts are whole; amounts are summed in cents: exact, not float-near.
      const expected = ind.kind === 'amount' ? Math.round(total(ind.code) * 100) / 100 : total(ind.code);
      expect([ind.code, valueAt(layout.sheetName, layout.rows[ind.code])]).toEqual([ind.code, expected]);
    }
    // The add-in's 汇总 tab writes the same workbook into Excel: one 汇总 sheet per table.
    const inExcel = summarySheets(new Uint8Array(readFileSync(join(out, '汇总表.xlsx'))), spec);
    expect(inExcel.map((s) => s.name)).toEqual(['汇总表一', '汇总表二', '分单位', '同比分析', '报送情况', '审核结果']);
    // 汇总表.xlsx is itself a submission of the two-table template: it checks clean.
    const check = recordingEffects();
    expect(await runCli(['check', '--spec', BOOK, '--year', '2025', join(out, '汇总表.xlsx')], check)).toBe(0);

    const md = readFileSync(join(out, '汇总报告.md'), 'utf8');
    expect(md.match(/^## 表.*$/gm)).toEqual(['## 表一\u3000组织建设与民主管理', '## 表二\u3000帮扶与经费']);
    expect(md).toMatch(/^### 三、帮扶工作$/m);
    const html = readFileSync(join(out, '汇总报告.html'), 'utf8');
    expect(html).toContain('>表二\u3000帮扶与经费</h2>');
    const docx = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, '汇总报告.docx'))))['word/document.xml']);
    expect(docx.indexOf('表一\u3000组织建设与民主管理')).toBeLessThan(docx.indexOf('表二\u3000帮扶与经费'));

    const csv = readFileSync(join(out, '汇总数据.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe('表,单位代码,单位名称,代码,指标,计量单位,本年,上年,增减,增长(%)');
    const totalC01 = csv.find((l) => l.startsWith('表二,990100,') && l.includes(',C01,'));
    expect(totalC01?.split(',')[6]).toBe(String(Math.round(total('C01') * 100) / 100));
    // Every record's table is its indicator's: A and B codes on 表一 (20 indicators), C codes on 表二 (10).
    const records = csv.slice(1).filter((l) => l !== '');
    const groups = records.length / spec.indicators.length;
    expect(Number.isInteger(groups) && groups >= 4).toBe(true);
    for (const line of records) expect(line.split(',')[0]).toBe(/,C\d\d,/.test(line) ? '表二' : '表一');
    expect(records.filter((l) => l.startsWith('表一,')).length).toBe(20 * groups);
  });
});
