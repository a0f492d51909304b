import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { workbookGridsFromExcelJS } from '../../../core/grid/exceljs-grid.js';
import { extractTemplate } from '../../../core/grid/extract-template.js';
import { workbookSpec } from '../../../core/grid/workbook-spec.js';
import type { Issue } from '../../../core/issues/issue.js';
import { check } from '../../../core/rules/check.js';
import { standardSpec } from '../../../core/templates/index.js';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runTemplate } from '../../../pipeline/cli/template-command.js';
import { runMerge } from '../../../pipeline/cli/run-merge.js';
import { loadRoster } from '../../../pipeline/roster/index.js';
import { buildUnitTemplatesZip } from '../../../report/template/build-unit-templates.js';
import { fillTemplate, templateLayout, type TemplateFill } from '../../../report/template/index.js';
import { a1 } from '../../../core/grid/address.js';
import { changedSpec } from '../../support/changed-spec.js';
import { findSystemProgram } from '../../support/system-program.js';

const ROSTER = 'samples/roster.csv';
const PRIOR_DIR = 'samples/submissions/2024';
const SHEET = standardSpec.sheetName;
const layout = templateLayout(standardSpec);
const typedCodes = standardSpec.indicators.filter((i) => !i.derive).map((i) => i.code);
const priorCell = (code: string) => a1(layout.rows[code], layout.columns.prior!);
const currentCell = (code: string) => a1(layout.rows[code], layout.columns.current!);
const headerCell = (key: string) => {
  const slot = layout.header.find((h) => h.key === key)!;
  return a1(slot.row, slot.valueCol);
};

/** Last year's accepted figures read independently of the template code: each 2024 sample through the fast reader and the check. */
function acceptedLastYear(): Record<string, { file: string; values: Record<string, number> }> {
  const out: Record<string, { file: string; values: Record<string, number> }> = {};
  for (const file of readdirSync(PRIOR_DIR).filter((f) => f.endsWith('.xlsx'))) {
    const read = readWorkbookFast(new Uint8Array(readFileSync(join(PRIOR_DIR, file))), file);
    if (!read.ok) continue;
    const x = extractTemplate(standardSpec, read.workbook);
    if (!x.ok) continue;
    const result = check(standardSpec, x.extracted);
    if (result.counts.hard > 0 || !x.extracted.unitCode) continue;
    const values: Record<string, number> = {};
    for (const code of typedCodes) {
      const v = result.values.current[code];
      if (v !== null && v !== undefined) values[code] = v;
    }
    out[x.extracted.unitCode] = { file, values };
  }
  return out;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function issuesOf(wb: ExcelJS.Workbook): Promise<Issue[]> {
  const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const read = readWorkbookFast(new Uint8Array(bytes), 'x.xlsx');
  if (!read.ok) throw new Error(read.issue.message.zh);
  const x = extractTemplate(standardSpec, read.workbook);
  if (!x.ok) throw new Error(x.issues[0].message.zh);
  return check(standardSpec, x.extracted, { collection: { year: 2025, period: 'annual' } }).issues;
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} @${i.cell ?? '-'}`);

describe('unionstat template --roster --prior --year: one pre-filled template per unit', () => {
  const work = mkdtempSync(join(tmpdir(), 'unionstat-unit-templates-'));
  const out = join(work, '模板');
  const lastYear = acceptedLastYear();
  let roster: Awaited<ReturnType<typeof loadRoster>>;
  const effects = recordingEffects();

  beforeAll(async () => {
    roster = await loadRoster(ROSTER);
    expect(await runTemplate({ roster: ROSTER, prior: PRIOR_DIR, year: '2025', out }, effects)).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes one workbook per roster unit, and says which units have no figures of last year', () => {
    const names = readdirSync(out).sort();
    expect(names).toEqual(roster.units.map((u) => `${u.name}2025年报.xlsx`).sort());
    // Every 2024 sample is accepted, so every unit gets its 上年 (the open column is tested in report/template).
    expect(Object.keys(lastYear).sort()).toEqual(roster.units.map((u) => u.code).sort());
    expect(effects.stdout).toEqual([`已为 ${roster.units.length} 个单位生成模板：${out}；其中 ${roster.units.length} 个预置了上年数。`]);
  });

  it("fills each unit's name, code, year and period, locked; 上年 equal to last year's accepted figures, locked, with a note of their source", async () => {
    for (const unit of roster.units) {
      const wb = await load(join(out, `${unit.name}2025年报.xlsx`));
      const ws = wb.getWorksheet(SHEET)!;
      expect(ws.getCell(headerCell('unitCode')).value).toBe(unit.code);
      expect(ws.getCell(headerCell('unitName')).value).toBe(unit.name);
      expect(ws.getCell(headerCell('year')).value).toBe(2025);
      expect(ws.getCell(headerCell('period')).value).toBe('年报');
      for (const key of ['unitCode', 'unitName', 'year', 'period']) expect(ws.getCell(headerCell(key)).protection?.locked).not.toBe(false);
      // What the county types stays open.
      expect(ws.getCell(headerCell('preparer')).protection?.locked).toBe(false);
      expect(ws.getCell(currentCell('A01')).protection?.locked).toBe(false);
      const prior = lastYear[unit.code];
      for (const code of typedCodes) {
        expect([code, ws.getCell(priorCell(code)).value]).toEqual([code, prior.values[code]]);
        expect(ws.getCell(priorCell(code)).protection?.locked).not.toBe(false);
      }
      expect(String(ws.getCell(layout.headRow, layout.columns.prior!).note)).toContain(`来源：${prior.file}`);
    }
  });

  it('a template filled in as asked checks clean; a changed 上年 or 单位代码 is a hard issue at the county', async () => {
    const unit = roster.units.find((u) => lastYear[u.code])!;
    const path = join(out, `${unit.name}2025年报.xlsx`);
    // Filled as a county would, with the template's own filler (it recomputes each formula's saved result, as Excel does).
    const fill = async (change: TemplateFill = {}, edit?: (wb: ExcelJS.Workbook) => void) => {
      const wb = await load(path);
      fillTemplate(wb, standardSpec, {
        current: lastYear[unit.code].values,
        header: { preparer: '张敏', phone: '0999-86000000', ...change.header },
        ...(change.prior ? { prior: change.prior } : {}),
      });
      edit?.(wb);
      return wb;
    };
    expect(brief(await issuesOf(await fill()))).toEqual([]);

    const a01 = lastYear[unit.code].values.A01;
    const changedPrior = await issuesOf(await fill({ prior: { A01: a01 + 1 } }));
    expect(brief(changedPrior)).toEqual([`hard meta.prior-changed @${priorCell('A01')}`]);
    expect(changedPrior[0].message.zh).toBe(`应建会单位数（A01）上年为 ${a01 + 1}，与上级预置的上年数 ${a01} 不一致（来源：${lastYear[unit.code].file}）。`);

    const other = roster.units.find((u) => u.code !== unit.code)!;
    const changedCode = await issuesOf(await fill({ header: { unitCode: other.code } }));
    expect(brief(changedCode)).toEqual([`hard meta.header-changed @${headerCell('unitCode')}`]);
    expect(changedCode[0].message.zh).toBe(`表头“单位代码”填写为“${other.code}”，但本模板是为“${unit.code}”生成的。`);

    // The hidden sheet edited to agree with a changed 上年: its seal no longer holds.
    const tampered = await fill({ prior: { A01: a01 + 1 } }, (wb) => {
      const meta = wb.getWorksheet('_meta')!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'prior.A01') row.getCell(2).value = String(a01 + 1);
      });
    });
    expect(brief(await issuesOf(tampered))).toEqual(['hard meta.tampered @-']);
  });

  it('the same file at the city: the merge leaves a unit with a changed 上年 out of the totals, with the same issue', async () => {
    const unit = roster.units.find((u) => lastYear[u.code])!;
    const inDir = join(work, 'in');
    mkdirSync(inDir, { recursive: true });
    const wb = await load(join(out, `${unit.name}2025年报.xlsx`));
    fillTemplate(wb, standardSpec, {
      current: lastYear[unit.code].values,
      header: { preparer: '张敏', phone: '0999-86000000' },
      prior: { A04: lastYear[unit.code].values.A04 + 100 },
    });
    await wb.xlsx.writeFile(join(inDir, 'x.xlsx'));
    const outcome = await runMerge({ spec: standardSpec, roster, inputs: [inDir], out: join(work, 'merged'), year: 2025, period: 'annual', jobs: 0 }, recordingEffects());
    const row = outcome.report.statuses.find((s) => s.code === unit.code)!;
    expect(row.status).toBe('hard-issues');
    expect(row.included).toBe(false);
    const issues = outcome.report.files.flatMap((f) => f.issues);
    expect(issues.filter((i) => i.severity === 'hard').map((i) => `${i.code}@${i.cell}`)).toEqual([`meta.prior-changed@${priorCell('A04')}`]);
  }, 120_000);

  it('from last year\'s 汇总表.xlsx gives the same 上年 as from last year\'s folder', async () => {
    const merged = join(work, 'merged-2024');
    await runMerge({ spec: standardSpec, roster, inputs: [PRIOR_DIR], out: merged, year: 2024, period: 'annual', jobs: 0 }, recordingEffects());
    const fromSummary = join(work, '模板-汇总表');
    expect(await runTemplate({ roster: ROSTER, prior: join(merged, '汇总表.xlsx'), year: '2025', out: fromSummary }, recordingEffects())).toBe(0);
    for (const unit of roster.units.filter((u) => lastYear[u.code])) {
      const ws = (await load(join(fromSummary, `${unit.name}2025年报.xlsx`))).getWorksheet(SHEET)!;
      for (const code of typedCodes) expect([unit.code, code, ws.getCell(priorCell(code)).value]).toEqual([unit.code, code, lastYear[unit.code].values[code]]);
      expect(String(ws.getCell(layout.headRow, layout.columns.prior!).note)).toContain('来源：汇总表.xlsx');
    }
  }, 120_000);

  it('the pure builder gives the 汇总 page the same templates in one zip', async () => {
    const prior = Object.fromEntries(Object.entries(lastYear).map(([code, p]) => [code, p.values]));
    const zip = await buildUnitTemplatesZip(standardSpec, { units: roster.units, year: 2025, period: 'annual', prior });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(roster.units.map((u) => `${u.name}2025年报.xlsx`).sort());
    const unit = roster.units.find((u) => lastYear[u.code])!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(entries[`${unit.name}2025年报.xlsx`].buffer as ArrayBuffer);
    expect(wb.getWorksheet(SHEET)!.getCell(priorCell('A01')).value).toBe(lastYear[unit.code].values.A01);
  });

  it('keeps its _meta, and so its checks, after LibreOffice re-saves it', async () => {
    const soffice = findSystemProgram('soffice', 'libreoffice-calc-nogui', 'pre-filled template re-saved by LibreOffice');
    if (!soffice) return;
    const unit = roster.units.find((u) => lastYear[u.code])!;
    const lo = join(work, 'lo');
    mkdirSync(join(lo, 'in'), { recursive: true });
    const wb = await load(join(out, `${unit.name}2025年报.xlsx`));
    fillTemplate(wb, standardSpec, {
      current: lastYear[unit.code].values,
      header: { preparer: '张敏', phone: '0999-86000000' },
      prior: { A01: lastYear[unit.code].values.A01 + 1 },
    });
    await wb.xlsx.writeFile(join(lo, 'in', 'filled.xlsx'));
    copyFileSync(join(out, `${unit.name}2025年报.xlsx`), join(lo, 'in', 'blank.xlsx'));
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(lo, 'out'), join(lo, 'in', 'filled.xlsx'), join(lo, 'in', 'blank.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    for (const name of ['filled.xlsx', 'blank.xlsx']) {
      const read = readWorkbookFast(new Uint8Array(readFileSync(join(lo, 'out', name))), name);
      if (!read.ok) throw new Error(read.issue.message.zh);
      const x = extractTemplate(standardSpec, read.workbook);
      if (!x.ok) throw new Error(x.issues[0].message.zh);
      // The spec it carries, intact: what the add-in and the page check it by.
      const carried = workbookSpec(read.workbook, changedSpec);
      expect(carried.ok && carried.source === 'embedded' && carried.spec).toEqual(standardSpec);
      expect(x.extracted.meta?.prefill).toEqual({
        sealed: true,
        unit: { unitCode: unit.code, unitName: unit.name, year: 2025, period: 'annual', prior: lastYear[unit.code].values, priorSource: lastYear[unit.code].file },
      });
      if (name === 'filled.xlsx') {
        const hard = check(standardSpec, x.extracted).issues.filter((i) => i.severity === 'hard');
        expect(brief(hard)).toEqual([`hard meta.prior-changed @${priorCell('A01')}`]);
      }
    }
    // exceljs reads the same _meta as the fast reader.
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(join(lo, 'out', 'blank.xlsx'));
    const x = extractTemplate(standardSpec, workbookGridsFromExcelJS(again));
    expect(x.ok && x.extracted.meta?.prefill?.sealed).toBe(true);
  }, 180_000);
});
