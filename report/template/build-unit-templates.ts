// No Node APIs here: the 汇总 page builds the same per-unit zip in the browser (exceljs and fflate run there).
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { prefillMetaRows, type PriorByUnit, type PrefilledUnit } from '../../core/prefill/index.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { buildTemplateWorkbook } from './build-template-workbook.js';
import { fillTemplate } from './fill-template.js';
import { META_SHEET_NAME } from './meta-sheet.js';
import { layoutOfCode, templateLayouts } from './template-layout.js';
import { computedFill } from './template-styles.js';

/** A roster unit, as much of it as a template needs. */
export interface TemplateUnit {
  code: string;
  name: string;
}

export interface UnitTemplatesInput {
  units: readonly TemplateUnit[];
  year: number;
  period: 'annual' | 'half';
  /** Last year's accepted figures by unit code (see priorFromSummary); a unit without any gets an open 上年 column. */
  prior?: PriorByUnit;
  /** Where each unit's prior figures came from, by unit code (a file name). */
  priorSources?: Readonly<Record<string, string>>;
}

/** One generated file: its name (unit name, year, period) and its bytes. */
export interface UnitTemplateFile {
  unitCode: string;
  name: string;
  bytes: Uint8Array;
  /** How many 上年 figures were pre-filled (0: the column is left open). */
  priorFilled: number;
}

/**
 * The pre-filled unit of each roster unit: only figures of indicators the
 * unit types (a rate's 上年 is computed by its formula), only numbers.
 */
export function prefilledUnits(spec: TemplateSpec, input: UnitTemplatesInput): PrefilledUnit[] {
  const typed = spec.indicators.filter((i) => !i.derive).map((i) => i.code);
  return input.units.map((u) => {
    const figures = input.prior?.[u.code.toUpperCase()] ?? {};
    const prior: Record<string, number> = {};
    for (const code of typed) if (typeof figures[code] === 'number' && Number.isFinite(figures[code])) prior[code] = figures[code];
    const source = input.priorSources?.[u.code.toUpperCase()];
    const hasPrior = Object.keys(prior).length > 0;
    return { unitCode: u.code, unitName: u.name, year: input.year, period: input.period, prior, ...(hasPrior && source ? { priorSource: source } : {}) };
  });
}

function lock(cell: ExcelJS.Cell): void {
  cell.protection = { locked: true };
  cell.fill = computedFill;
}

/**
 * The template of one unit: name, code, year and period filled and locked;
 * the 上年 column filled from last year's accepted figures and locked, its
 * head carrying a note of where they came from (open when there are none);
 * the unit and figures written into `_meta` with their seal, so the check
 * knows what the federation will expect.
 * @example buildUnitTemplate(standardSpec, { unitCode: '990101', unitName: '…', year: 2025, period: 'annual', prior: { A01: 1180 } })
 */
export function buildUnitTemplate(spec: TemplateSpec, unit: PrefilledUnit): ExcelJS.Workbook {
  const wb = buildTemplateWorkbook(spec);
  const layouts = templateLayouts(spec);
  const layout = layouts[0];
  const periodLabel = spec.periods.find((p) => p.key === unit.period)?.label.zh ?? unit.period;
  fillTemplate(wb, spec, {
    header: { unitName: unit.unitName, unitCode: unit.unitCode, year: unit.year, period: periodLabel },
    prior: unit.prior,
  });
  const ws = wb.getWorksheet(layout.sheetName)!;
  for (const slot of layout.header) {
    if (!['unitName', 'unitCode', 'year', 'period'].includes(slot.key)) continue;
    for (let col = slot.valueCol; col <= slot.valueLastCol; col++) lock(ws.getCell(slot.row, col));
  }
  const priorCol = layout.columns.prior;
  const filled = Object.keys(unit.prior);
  if (priorCol !== undefined && filled.length > 0) {
    for (const code of filled) {
      const own = layoutOfCode(layouts, code);
      if (own !== undefined) lock(wb.getWorksheet(own.sheetName)!.getCell(own.rows[code], priorCol));
    }
    for (const l of layouts) wb.getWorksheet(l.sheetName)!.getCell(l.headRow, priorCol).note = `上年数已由上级工会按本单位上年报送并经审核的数字预置并锁定（来源：${unit.priorSource ?? '上年数据'}），不用填写；如需更正，请联系上级工会。`;
  }
  const meta = wb.getWorksheet(META_SHEET_NAME)!;
  for (const row of prefillMetaRows(unit)) meta.addRow(row);
  return wb;
}

/** `示例市东城区总工会2025年报.xlsx`: what a county recognises, without characters Windows refuses in a file name. */
export function unitTemplateFileName(spec: TemplateSpec, unit: PrefilledUnit): string {
  const period = spec.periods.find((p) => p.key === unit.period)?.label.zh ?? unit.period;
  const name = unit.unitName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || unit.unitCode;
  return `${name}${unit.year}${period}.xlsx`;
}

/** Every unit's template, as files. Two units of the same name get their code added to tell their files apart. */
export async function buildUnitTemplateFiles(spec: TemplateSpec, input: UnitTemplatesInput): Promise<UnitTemplateFile[]> {
  const units = prefilledUnits(spec, input);
  const names = units.map((u) => unitTemplateFileName(spec, u));
  const files: UnitTemplateFile[] = [];
  for (const [i, unit] of units.entries()) {
    const clash = names.indexOf(names[i]) !== i || names.lastIndexOf(names[i]) !== i;
    const name = clash ? names[i].replace(/\.xlsx$/, `-${unit.unitCode}.xlsx`) : names[i];
    const bytes = new Uint8Array((await buildUnitTemplate(spec, unit).xlsx.writeBuffer()) as ArrayBuffer);
    files.push({ unitCode: unit.unitCode, name, bytes, priorFilled: Object.keys(unit.prior).length });
  }
  return files;
}

/**
 * Every unit's template in one zip (生成各单位模板 on the 汇总 page). The
 * workbooks are zips already, so they are stored, not compressed again.
 * @example const zip = await buildUnitTemplatesZip(standardSpec, { units, year: 2025, period: 'annual', prior })
 */
export async function buildUnitTemplatesZip(spec: TemplateSpec, input: UnitTemplatesInput): Promise<Uint8Array> {
  const files = await buildUnitTemplateFiles(spec, input);
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.name] = [f.bytes, { level: 0 }];
  // fflate writes UTF-8 names with the language-encoding flag, so Windows' own unzip shows the Chinese names.
  return zipSync(entries);
}
