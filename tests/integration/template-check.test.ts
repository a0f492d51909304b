import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractTemplate } from '../../core/grid/index.js';
import type { Issue } from '../../core/issues/issue.js';
import { check } from '../../core/rules/index.js';
import { standardSpec } from '../../core/templates/index.js';
import { readWorkbookWithExcelJS } from '../../pipeline/io/exceljs-reader.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { buildTemplateWorkbook, fillTemplate, templateLayout, type TemplateFill } from '../../report/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';
import { findSystemProgram } from '../support/system-program.js';

const unit = SAMPLE_UNITS[0];
const header = { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' };
const context = { collection: { year: 2025, period: 'annual' as const }, rosterCodes: new Set([unit.code]) };
const layout = templateLayout(standardSpec);
const col = (key: 'current' | 'prior') => String.fromCharCode(64 + layout.columns[key]!);
const cellOf = (code: string, key: 'current' | 'prior' = 'current') => `${col(key)}${layout.rows[code]}`;

async function filledBytes(fill: TemplateFill): Promise<Uint8Array> {
  const wb = buildTemplateWorkbook(standardSpec);
  fillTemplate(wb, standardSpec, fill);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function checkBoth(bytes: Uint8Array): Promise<{ fast: Issue[]; exceljs: Issue[] }> {
  const out: Issue[][] = [];
  for (const read of [(b: Uint8Array) => Promise.resolve(readWorkbookFast(b, 'x.xlsx')), (b: Uint8Array) => readWorkbookWithExcelJS(b, 'x.xlsx')]) {
    const result = await read(bytes);
    if (!result.ok) throw new Error(result.issue.message.zh);
    const extraction = extractTemplate(standardSpec, result.workbook);
    if (!extraction.ok) throw new Error(extraction.issues.map((i) => i.message.zh).join('\n'));
    out.push(check(standardSpec, extraction.extracted, context).issues);
  }
  return { fast: out[0], exceljs: out[1] };
}

const hardOf = (issues: Issue[]) =>
  issues
    .filter((i) => i.severity === 'hard')
    .map((i) => `${i.ruleId}@${i.cell}`)
    .sort();

const valid: TemplateFill = { header, current: unitFigures(unit, 2025), prior: unitFigures(unit, 2024) };

function broken(): TemplateFill {
  const current: Record<string, number | string> = { ...unitFigures(unit, 2025) };
  const prior = unitFigures(unit, 2024);
  current.A02 = (current.A01 as number) + 10; // A02 > A01
  current.C01 = Math.round(((current.C01 as number) + 5) * 100) / 100; // C01 ≠ C02+…+C05
  current.A03 = 50; // typed 建会率 that disagrees with A02/A01
  current.A09 = 12.5; // a count with a fraction
  prior.A09 = 12;
  current.C06 = -3; // a negative amount
  return { header, current, prior };
}

const EXPECTED_BROKEN = [
  `A02-le-A01@${cellOf('A02')}`,
  `C01-sum@${cellOf('C01')}`,
  `derived-agree@${cellOf('A03')}`,
  `counts-whole@${cellOf('A09')}`,
  `counts-amounts-non-negative@${cellOf('C06')}`,
].sort();

describe('the generated template, filled by code', () => {
  it('checks clean with valid figures, through both readers', async () => {
    const { fast, exceljs } = await checkBoth(await filledBytes(valid));
    expect(fast).toEqual([]);
    expect(exceljs).toEqual([]);
  });

  it('gives exactly the hard issues of broken figures, at the right cells', async () => {
    const { fast, exceljs } = await checkBoth(await filledBytes(broken()));
    expect(hardOf(fast)).toEqual(EXPECTED_BROKEN);
    expect(hardOf(exceljs)).toEqual(EXPECTED_BROKEN);
  });

  it('reads and checks the same after LibreOffice re-saves it', async () => {
    const soffice = findSystemProgram('soffice', 'libreoffice-calc-nogui', 'template re-saved by LibreOffice');
    if (!soffice) return;
    const dir = mkdtempSync(join(tmpdir(), 'unionstat-lo-'));
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    writeFileSync(join(dir, 'valid.xlsx'), await filledBytes(valid));
    writeFileSync(join(dir, 'broken.xlsx'), await filledBytes(broken()));
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, join(dir, 'valid.xlsx'), join(dir, 'broken.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const validAgain = await checkBoth(new Uint8Array(readFileSync(join(outDir, 'valid.xlsx'))));
    expect(validAgain.fast).toEqual([]);
    expect(validAgain.exceljs).toEqual([]);
    const brokenAgain = await checkBoth(new Uint8Array(readFileSync(join(outDir, 'broken.xlsx'))));
    expect(hardOf(brokenAgain.fast)).toEqual(EXPECTED_BROKEN);
    expect(hardOf(brokenAgain.exceljs)).toEqual(EXPECTED_BROKEN);
  }, 180_000);
});
