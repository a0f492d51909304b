import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { MergeReport } from '../merge/merge-report.js';
import { buildNarrative } from './build-narrative.js';
import { buildRunJson, type RunInfo } from './build-run-json.js';
import { buildSummaryCsv } from './build-summary-csv.js';
import { buildSummaryDocx } from './build-summary-docx.js';
import { buildSummaryHtml } from './build-summary-html.js';
import { buildSummaryMarkdown } from './build-summary-markdown.js';
import type { SummaryXlsxOptions } from './build-summary-xlsx.js';
import { summaryDocument } from './summary-document.js';
import { inThreadWorkbookBuilder, type WorkbookBuilder } from './workbook-thread.js';

/** The output files, in the order they are written; the names are part of the CLI's contract. */
export const OUTPUT_FILES = {
  xlsx: '汇总表.xlsx',
  docx: 'summary.docx',
  html: 'summary.html',
  markdown: 'summary.md',
  csv: 'summary.csv',
  narrative: 'narrative.md',
  run: 'run.json',
} as const;

export interface WriteOutputsOptions extends RunInfo {
  /** Header fields and date of the city's own submission in 汇总表.xlsx. */
  xlsx?: SummaryXlsxOptions;
  /** Language of the documents and sentences (docx, html, md, narrative); the workbook and CSV follow the Chinese template. */
  lang?: 'zh' | 'en';
  /** Who builds 汇总表.xlsx: a thread started earlier (startWorkbookThread), or this thread. */
  workbook?: WorkbookBuilder;
}

/** The file-system side of writing, passed in so a test can watch or fail it. */
export interface OutputEffects {
  makeDir(path: string): Promise<void>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

export const fileOutputEffects: OutputEffects = {
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  writeFile: writeFileAtomic,
};

/**
 * Builds every output in memory first (so a failure writes nothing), then
 * writes each one atomically into `outDir`, which is created if needed.
 * Returns the written paths in OUTPUT_FILES order; run.json comes last and
 * records when the writing finished.
 */
export async function writeOutputs(
  report: MergeReport,
  spec: TemplateSpec,
  outDir: string,
  options: WriteOutputsOptions,
  effects: OutputEffects = fileOutputEffects,
): Promise<string[]> {
  const lang = options.lang ?? 'zh';
  // The workbook is built on its own thread (when one was started) while this one builds the rest. The docx
  // stays here: its status rows are stamped, and a third thread on two cores slowed the others more than it saved.
  const xlsx = (options.workbook ?? inThreadWorkbookBuilder).build(report, spec, options.xlsx ?? {});
  // Awaited below; a failure of the others first must not leave it unhandled.
  xlsx.catch(() => undefined);
  const document = summaryDocument(report, spec, lang);
  const docx = await buildSummaryDocx(report, spec, lang, { document });
  const html = buildSummaryHtml(report, spec, lang, document);
  const markdown = buildSummaryMarkdown(report, spec, lang, document);
  const csv = buildSummaryCsv(report, spec);
  const narrative = buildNarrative(report, spec, lang);
  const built: [string, Uint8Array | string][] = [
    [OUTPUT_FILES.xlsx, await xlsx],
    [OUTPUT_FILES.docx, docx],
    [OUTPUT_FILES.html, html],
    [OUTPUT_FILES.markdown, markdown],
    [OUTPUT_FILES.csv, csv],
    [OUTPUT_FILES.narrative, narrative],
  ];
  await effects.makeDir(outDir);
  const written: string[] = [];
  for (const [name, data] of built) {
    const path = join(outDir, name);
    await effects.writeFile(path, data);
    written.push(path);
  }
  const runPath = join(outDir, OUTPUT_FILES.run);
  const { xlsx: _xlsx, lang: _lang, workbook: _workbook, ...info } = options;
  void _xlsx;
  void _lang;
  void _workbook;
  await effects.writeFile(runPath, buildRunJson(report, spec, { ...info, finishedAt: info.finishedAt ?? new Date().toISOString() }));
  written.push(runPath);
  return written;
}
