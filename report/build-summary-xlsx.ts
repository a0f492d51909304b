import type ExcelJS from 'exceljs';
import type { FigureGroup, Summary } from '../core/consolidate/summary-model.js';
import { indentLevel, rowLabel } from '../core/spec/spec-lookup.js';
import type { HeaderFieldKey, TemplateSpec } from '../core/spec/template-spec.js';
import type { MergeReport } from '../core/merge/merge-report.js';
import { fillTemplate, type FillValue } from './template/fill-template.js';
import { addTemplateSheets, setTemplateProperties } from './template/template-sheets.js';
import { numFmtFor } from './template/template-styles.js';
import { partsWorkbook } from './parts-workbook.js';
import type { CreateWorkbook } from './workbook-target.js';
import { addIssuesSheet, ISSUES_SHEET } from './add-issues-sheet.js';
import { addTableSheet, type SheetCell, type SheetRow } from './add-table-sheet.js';
import { addStatusSheet, STATUS_SHEET } from './add-status-sheet.js';
import { changeInWords } from './figure-rows.js';

export const SUMMARY_SHEETS = { byUnit: '分单位', yoy: '同比分析', statuses: STATUS_SHEET, issues: ISSUES_SHEET, sources: '数据来源' } as const;

export interface SummaryXlsxOptions {
  /** Header fields of the city's own submission (phone, head…); unitName, unitCode, year, period are the report's. */
  header?: Partial<Record<HeaderFieldKey, string>>;
  /** 填报日期; today when absent. */
  date?: Date;
}

const GROWTH_FMT = '0.0';

/** 同比分析's head: 增减 holds a rate's change in 百分点; 增长(%) the growth of the others; 增减幅度 both in words. */
const YOY_HEAD = ['范围', '代码', '指标', '单位', '本年', '上年', '增减', '增长(%)', '增减幅度'];

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 说明 of the total: the units' own explanations of big year-on-year moves, so the level above gets them too. */
function totalNotes(report: MergeReport): Record<string, string> {
  const included = new Set(report.statuses.filter((s) => s.included).map((s) => s.code));
  const byCode: Record<string, string[]> = {};
  for (const f of report.files) {
    if (!f.unitCode || !included.has(f.unitCode)) continue;
    for (const i of f.issues) {
      if (i.code !== 'historical' || i.status !== 'explained' || !i.indicator || !i.explanation) continue;
      (byCode[i.indicator] ??= []).push(`${f.unitName ?? f.unitCode}：${i.explanation}`);
    }
  }
  return Object.fromEntries(Object.entries(byCode).map(([code, notes]) => [code, notes.join('；')]));
}

/** The federation total written into the standard template, as the city's own submission. */
function fillTotal(wb: ExcelJS.Workbook, report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions) {
  const { summary } = report;
  const entered = spec.indicators.filter((i) => !i.derive);
  const column = (key: 'current' | 'prior'): Record<string, FillValue> =>
    Object.fromEntries(entered.map((i) => [i.code, summary.total.figures[i.code]?.[key] ?? null]));
  setTemplateProperties(wb, spec);
  addTemplateSheets(wb, spec, { instructions: false });
  return fillTemplate(wb, spec, {
    header: {
      unitName: summary.federation.name,
      unitCode: summary.federation.code,
      year: summary.year,
      period: spec.periods.find((p) => p.key === summary.period)?.label.zh ?? summary.period,
      // The roster's 本级 row gives the federation's own header; options (the CLI's --preparer …) override it.
      preparer: summary.federation.preparer ?? 'unionstat',
      ...(summary.federation.phone ? { phone: summary.federation.phone } : {}),
      ...(summary.federation.head ? { head: summary.federation.head } : {}),
      date: isoDate(options.date ?? new Date()),
      ...options.header,
    },
    // Rates and ratios are left to the template's formulas (their cached results are recomputed).
    current: column('current'),
    prior: column('prior'),
    notes: totalNotes(report),
  });
}

function byUnitRows(spec: TemplateSpec, summary: Summary): SheetRow[] {
  const row = (g: FigureGroup, emphasis: boolean): SheetRow => ({
    emphasis,
    cells: [
      g.key,
      g.label,
      g.kind ?? '',
      g.units,
      ...spec.indicators.map((ind): SheetCell => ({ value: g.figures[ind.code]?.current ?? null, numFmt: numFmtFor(ind) })),
    ],
  });
  return [...summary.byUnit.map((g) => row(g, false)), ...summary.byKind.map((g) => row(g, true)), row(summary.total, true)];
}

function yoyRows(spec: TemplateSpec, summary: Summary): SheetRow[] {
  return [summary.total, ...summary.byKind].flatMap((g) =>
    spec.indicators.map((ind): SheetRow => {
      const f = g.figures[ind.code];
      const fmt = numFmtFor(ind);
      const rate = ind.kind === 'rate';
      return {
        emphasis: false,
        cells: [
          g.label,
          ind.code,
          { value: rowLabel(spec, ind), indent: indentLevel(spec, ind) * 2 },
          ind.unit.zh,
          { value: f?.current ?? null, numFmt: fmt },
          { value: f?.prior ?? null, numFmt: fmt },
          // A rate's 增减 is its change in 百分点; growth does not apply to it.
          { value: f?.change ?? null, numFmt: fmt },
          rate ? null : { value: f?.growthPercent ?? null, numFmt: GROWTH_FMT },
          f ? changeInWords(ind, f, 'zh') : '—',
        ],
      };
    }),
  );
}

/**
 * 汇总表.xlsx: the federation total in the standard template (the template
 * sheet and `_meta` as the builder makes them (no 填表说明: nobody fills it in), so the city's result
 * is itself a submission `unionstat check` accepts), then 分单位, 同比分析,
 * 报送情况, 审核结果 and 数据来源. Numbers stay numbers with display formats;
 * text from submissions is written as text, never as a formula.
 *
 * Written with exceljs's streaming WorkbookWriter: each report row becomes
 * XML as soon as it is added, so a national merge (3,000 units) never holds
 * hundreds of thousands of cell objects. Shared strings keep the file what
 * Excel itself would write. `createWorkbook` is the shell's (see
 * CreateWorkbook): the CLI's zips with node:zlib; the default, partsWorkbook,
 * with fflate, and runs in a browser.
 */
export async function buildSummaryXlsx(
  report: MergeReport,
  spec: TemplateSpec,
  options: SummaryXlsxOptions = {},
  createWorkbook: CreateWorkbook = partsWorkbook(),
): Promise<Uint8Array> {
  const { summary } = report;
  const target = createWorkbook();
  const wb = target.workbook;
  fillTotal(wb, report, spec, options);
  const indicatorHeads = spec.indicators.map((i) => `${i.code} ${i.name.zh}（${i.unit.zh}）`);

  // 34 columns: two landscape pages across, the unit's code and name repeated on each.
  addTableSheet(wb, SUMMARY_SHEETS.byUnit, ['单位代码', '单位名称', '类别', '单位数', ...indicatorHeads], byUnitRows(spec, summary), {
    widths: [9, 26, 6, 5, ...spec.indicators.map(() => 11)],
    numeric: [false, false, false, true, ...spec.indicators.map(() => true)],
    freezeColumns: 2,
    headHeight: 60,
    print: { pagesWide: 2, orientation: 'landscape' },
  });
  addTableSheet(wb, SUMMARY_SHEETS.yoy, YOY_HEAD, yoyRows(spec, summary), {
    widths: [12, 6, 30, 7, 12, 12, 11, 8, 16],
    numeric: [false, false, false, false, true, true, true, true, false],
    freezeColumns: 3,
    print: { orientation: 'portrait' },
  });
  addStatusSheet(wb, report);
  addIssuesSheet(wb, report.files);
  const names = new Map(summary.byUnit.map((g) => [g.key, g.label]));
  addTableSheet(
    wb,
    SUMMARY_SHEETS.sources,
    ['单位代码', '单位名称', '文件', '工作表', '本年数据单元格', '指标个数', 'SHA-256'],
    report.sources.map((s) => ({ cells: [s.unitCode, names.get(s.unitCode) ?? '', s.file, s.sheet, s.cells, s.indicators, s.sha256] })),
    {
      widths: [9, 26, 30, 14, 26, 7, 66],
      numeric: [false, false, false, false, false, true, false],
      freezeColumns: 2,
      wrap: [false, false, true, false, true, false, false],
    },
  );
  await wb.commit();
  return target.bytes();
}
