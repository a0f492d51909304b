import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { readSpecBook } from '../../../core/spec-book/read-spec-book.js';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';
import { loadSpecWorkbook } from '../../../pipeline/io/load-spec-workbook.js';
import { buildSampleSpecBook } from '../../../samples/make-spec-book.js';
import { findSystemProgram } from '../../support/system-program.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/指标体系.xlsx', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spec-workbook-'));
});

/** Every sheet's cell values, as the workbook's meaning (zip timestamps differ run to run). */
function contents(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, rows, widths: ws.columns?.map((c) => c.width) };
  });
}

/** A copy of the sample with one cell changed, saved by exceljs as Excel would. */
async function sampleWith(sheet: string, cell: string, value: ExcelJS.CellValue, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('samples/指标体系.xlsx', () => {
  it('is what samples/make-spec-book.ts generates today (regenerate it with npm run spec-book)', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
    const regenerated = new ExcelJS.Workbook();
    await regenerated.xlsx.load((await buildSampleSpecBook().xlsx.writeBuffer()) as ExcelJS.Buffer);
    expect(contents(committed)).toEqual(contents(regenerated));
  });

  it('offers the 代码 words of 表头, 表栏 and 统计期 (and 表头审核’s 表头项) as drop-downs, in Chinese', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
    const listAt = (sheet: string, cell: string) => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).dataValidation;
      return v?.type === 'list' ? v.formulae : undefined;
    };
    expect(wb.getWorksheet('表头')!.getCell('A3').value).toBe('单位代码');
    expect(listAt('表头', 'A3')).toEqual(['"填报单位,单位代码,统计年度,统计期,填报人,联系电话,单位负责人,填报日期"']);
    expect(listAt('表栏', 'A5')).toEqual(['"代码,指标名称,计量单位,本年,上年,增减,说明"']);
    expect(listAt('统计期', 'A2')).toEqual(['"年报,上半年"']);
    expect(listAt('表头审核', 'B2')).toEqual(listAt('表头', 'A3'));
    // The name a template shows stays free text.
    expect(listAt('表头', 'B3')).toBeUndefined();
  });

  it('reads back to the standard template v1 exactly, by the fast reader and by exceljs', async () => {
    const fast = await loadSpecWorkbook(SAMPLE);
    expect(fast.ok && fast.spec).toEqual(standardSpec);
    const viaExcelJS = await readWorkbookWithExcelJS(new Uint8Array(readFileSync(SAMPLE)), '指标体系.xlsx');
    if (!viaExcelJS.ok) throw new Error(viaExcelJS.issue.message.zh);
    const read = readSpecBook(viaExcelJS.workbook);
    expect(read.ok && read.spec).toEqual(standardSpec);
  });

  it('reads back the same after LibreOffice has opened and saved it (as a federation’s office suite would)', async () => {
    const soffice = findSystemProgram('soffice', 'libreoffice-calc', 'spec workbook saved by LibreOffice');
    if (!soffice) return;
    const outDir = join(dir, 'lo');
    mkdirSync(outDir, { recursive: true });
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, SAMPLE], { stdio: 'pipe', timeout: 120_000 });
    const result = await loadSpecWorkbook(join(outDir, '指标体系.xlsx'));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.zh).join('\n'));
    expect(result.spec).toEqual(standardSpec);
  }, 180_000);
});

describe('unionstat spec', () => {
  it('checks the workbook and writes it as JSON, and the JSON back as a workbook, each the standard spec', async () => {
    const json = join(dir, 'spec.json');
    const effects = recordingEffects();
    expect(await runCli(['spec', SAMPLE, '--out', json], effects)).toBe(0);
    expect(effects.stdout[0]).toContain('无误：工会基本情况统计表（union-basic 第 1 版），30 项指标，31 条审核（其中审核公式 12 条）');
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(standardSpec)));
    const xlsx = join(dir, 'again.xlsx');
    expect(await runCli(['spec', json, '--out', xlsx], recordingEffects())).toBe(0);
    const again = await loadSpecWorkbook(xlsx);
    expect(again.ok && again.spec).toEqual(standardSpec);
  });

  it('lists every fault by sheet and cell, in Chinese (exit 1), or in English on request', async () => {
    const bad = await sampleWith('审核公式', 'B7', 'A99 <= A01', 'bad.xlsx');
    const effects = recordingEffects();
    expect(await runCli(['spec', bad, '--out', join(dir, 'never.json')], effects)).toBe(1);
    expect(effects.stderr).toEqual([`${bad}：1 处错误`, '  审核公式!B7：未知指标代码 A99，是否为 A09？']);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
    const en = recordingEffects('en');
    expect(await runCli(['--lang', 'en', 'spec', bad], en)).toBe(1);
    expect(en.stderr[1]).toBe('  审核公式!B7: Unknown indicator code A99; did you mean A09?');
  });

  it('says so when Excel took a typed formula for one of its own', async () => {
    const bad = await sampleWith('审核公式', 'B2', { formula: 'A02<=A01', result: { error: '#NAME?' } } as ExcelJS.CellValue, 'excel-formula.xlsx');
    const effects = recordingEffects();
    expect(await runCli(['spec', bad], effects)).toBe(1);
    expect(effects.stderr[1]).toBe('  审核公式!B2：此格被 Excel 当成了 Excel 公式（=A02<=A01），不是审核公式的文字。');
  });

  it('refuses to write over its input, and a file that is neither .xlsx nor .json', async () => {
    const effects = recordingEffects();
    expect(await runCli(['spec', SAMPLE, '--out', SAMPLE], effects)).toBe(2);
    expect(effects.stderr[0]).toContain('输出文件不能是输入文件本身');
    expect(await runCli(['spec', join(dir, 'spec.csv')], recordingEffects())).toBe(2);
  });
});

describe('--spec 指标体系.xlsx', () => {
  it('makes the template of the workbook’s spec', async () => {
    const out = join(dir, 'template.xlsx');
    const effects = recordingEffects();
    expect(await runCli(['template', '--spec', SAMPLE, '--out', out], effects)).toBe(0);
    expect(effects.stdout[0]).toContain('union-basic 第 1 版，30 项指标');
  });

  it('refuses a faulty workbook with every fault by sheet and cell (exit 2)', async () => {
    const bad = await sampleWith('指标', 'H4', null, 'no-formula.xlsx');
    const effects = recordingEffects();
    expect(await runCli(['template', '--spec', bad, '--out', join(dir, 'never.xlsx')], effects)).toBe(2);
    expect(effects.stderr.join('\n')).toContain('  - 指标!H4：A03 是比率指标，须有计算公式（分子和分母）。');
  });
});
