import type { MergeReport } from '../core/merge/merge-report.js';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { buildNarrative } from './build-narrative.js';
import { summaryCsvPieces } from './build-summary-csv.js';
import { buildSummaryDocx } from './build-summary-docx.js';
import { buildSummaryHtml } from './build-summary-html.js';
import { buildSummaryMarkdown } from './build-summary-markdown.js';
import { buildStatusXlsx } from './build-status-xlsx.js';
import { buildSummaryXlsx, type SummaryXlsxOptions } from './build-summary-xlsx.js';
import { partsWorkbook } from './parts-workbook.js';
import { NO_CHARTS, summaryDocument, withCharts } from './summary-document.js';
import type { RasterisePng } from './charts/chart-picture.js';
import type { SummaryChartPlaces } from './charts/summary-chart-places.js';
import { figuresJsonPieces } from './figures/figures-json.js';
import type { OutputData } from './output-data.js';
import { figuresOfMerge } from './figures/figures-of-merge.js';
import type { CreateWorkbook } from './workbook-target.js';
import type { PartDeflater } from './zip-parts.js';

/**
 * The output files, in the order the CLI writes them; the names are part of
 * the CLI's contract, Chinese as a Windows user reads them. The report
 * (汇总报告.*) holds only what goes into a report; 报送情况.xlsx is the staff's
 * own list (who sent what, issues, notes). The feedback to units has its own
 * folder (FEEDBACK_FILES, see build-feedback.ts).
 */
export const OUTPUT_FILES = {
  xlsx: '汇总表.xlsx',
  statuses: '报送情况.xlsx',
  docx: '汇总报告.docx',
  html: '汇总报告.html',
  markdown: '汇总报告.md',
  csv: '汇总数据.csv',
  narrative: '报告语句.md',
  /** The figures for `unionstat report` and the page's draft filling (report/figures). */
  figures: 'figures.json',
  run: 'run.json',
} as const;

export { FEEDBACK_FILES } from './build-feedback.js';

export type OutputName = (typeof OUTPUT_FILES)[keyof typeof OUTPUT_FILES];

/**
 * Where each output goes as soon as it is built, so only one is held at a
 * time: the CLI stages it beside its target, the page keeps it for download.
 */
export interface OutputSink {
  write(name: OutputName, data: OutputData): Promise<void> | void;
}

export interface BuildOutputsOptions {
  /** Language of the documents and sentences (docx, html, md, narrative); the workbook and CSV follow the Chinese template. */
  lang?: 'zh' | 'en';
  /** Header fields and date of the federation's own submission in 汇总表.xlsx. */
  xlsx?: SummaryXlsxOptions;
  /** How package parts are deflated (summary.docx; 汇总表.xlsx with partsWorkbook); fflate by default. */
  deflater?: PartDeflater;
  /** The workbook 汇总表.xlsx is written into (see CreateWorkbook); partsWorkbook by default. */
  createWorkbook?: CreateWorkbook;
  /** Builds 汇总表.xlsx elsewhere (the CLI's workbook thread), started before the others; buildSummaryXlsx here by default. */
  buildWorkbook?: (report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions) => Promise<Uint8Array>;
  /** Draws the charts' PNG fallbacks for summary.docx (see buildSummaryDocx); without it the docx has no charts. */
  rasterise?: RasterisePng;
  /**
   * Draws the summary's charts elsewhere (the CLI's workbook thread: placeSummaryCharts there), started
   * before the workbook and the outputs without charts; drawn here by default.
   */
  drawCharts?: (report: MergeReport, spec: TemplateSpec, lang: 'zh' | 'en') => Promise<SummaryChartPlaces>;
}

/**
 * Builds every output of a merge but run.json (which records when the
 * writing finished: see buildRunJson) and hands each to `sink`: 汇总数据.csv,
 * 报告语句.md, 报送情况.xlsx, figures.json and 汇总报告.md (no charts: built while
 * the charts are drawn), then 汇总报告.html and .docx, then 汇总表.xlsx, whose
 * building starts first.
 * The same bytes in every shell for the same injected pieces; the same parts
 * whatever they are.
 * @example await buildOutputs(report, spec, { lang: 'zh' }, { write: (name, data) => void files.set(name, data) });
 */
export async function buildOutputs(report: MergeReport, spec: TemplateSpec, options: BuildOutputsOptions, sink: OutputSink): Promise<void> {
  const lang = options.lang ?? 'zh';
  // Asked for first: where they are drawn elsewhere, they come before the workbook there.
  const charts = options.drawCharts?.(report, spec, lang);
  const buildWorkbook = options.buildWorkbook ?? ((r, s, o) => buildSummaryXlsx(r, s, o, options.createWorkbook));
  const xlsx = buildWorkbook(report, spec, options.xlsx ?? {});
  // Awaited below; a failure of the others first must not leave them unhandled.
  xlsx.catch(() => undefined);
  charts?.catch(() => undefined);
  // The outputs that show no chart, while the charts are drawn.
  await sink.write(OUTPUT_FILES.csv, { pieces: summaryCsvPieces(report, spec) });
  await sink.write(OUTPUT_FILES.narrative, buildNarrative(report, spec, lang));
  await sink.write(OUTPUT_FILES.statuses, await buildStatusXlsx(report, options.createWorkbook ?? partsWorkbook(options.deflater)));
  await sink.write(OUTPUT_FILES.figures, { pieces: figuresJsonPieces(figuresOfMerge(report, spec)) });
  // The markdown shows no chart either: built from the document before its charts are placed.
  const plain = summaryDocument(report, spec, lang, charts ? NO_CHARTS : undefined);
  await sink.write(OUTPUT_FILES.markdown, buildSummaryMarkdown(report, spec, lang, plain));
  const document = charts ? withCharts(plain, await charts) : plain;
  // Started before the html is built: a rasteriser working off this thread (sharp) draws the PNGs meanwhile.
  const docx = buildSummaryDocx(report, spec, lang, { document, deflater: options.deflater, rasterise: options.rasterise });
  docx.catch(() => undefined);
  await sink.write(OUTPUT_FILES.html, buildSummaryHtml(report, spec, lang, document));
  await sink.write(OUTPUT_FILES.docx, await docx);
  await sink.write(OUTPUT_FILES.xlsx, await xlsx);
}
