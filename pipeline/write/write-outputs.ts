import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { stageFile, type StagedFile } from '../io/atomic-write.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { buildNarrative } from '../../report/build-narrative.js';
import { buildRunJson, type RunInfo } from '../../report/build-run-json.js';
import { buildSummaryCsv } from '../../report/build-summary-csv.js';
import { buildSummaryDocx } from '../../report/build-summary-docx.js';
import { buildSummaryHtml } from '../../report/build-summary-html.js';
import { buildSummaryMarkdown } from '../../report/build-summary-markdown.js';
import type { SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import { summaryDocument } from '../../report/summary-document.js';
import { nodeDeflater } from './node-deflater.js';
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
  /** Writes a file beside its target, to be renamed over it or dropped (see stageFile). */
  stageFile(path: string, data: Uint8Array | string): Promise<StagedFile>;
}

export const fileOutputEffects: OutputEffects = {
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  stageFile,
};

/**
 * Builds every output and stages each in `outDir` (created if needed) as soon
 * as it is built, so only one output is held in memory at a time; when all are
 * staged, each replaces its target (OUTPUT_FILES order), and run.json comes
 * last, recording when the writing finished. A failure while building or
 * staging drops what was staged: no output is replaced. Returns the written
 * paths in OUTPUT_FILES order.
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
  await effects.makeDir(outDir);
  const staged = new Map<string, StagedFile>();
  const stage = async (name: string, data: Uint8Array | string) => void staged.set(name, await effects.stageFile(join(outDir, name), data));
  try {
    const document = summaryDocument(report, spec, lang);
    await stage(OUTPUT_FILES.docx, await buildSummaryDocx(report, spec, lang, { document, deflater: nodeDeflater }));
    await stage(OUTPUT_FILES.html, buildSummaryHtml(report, spec, lang, document));
    await stage(OUTPUT_FILES.markdown, buildSummaryMarkdown(report, spec, lang, document));
    await stage(OUTPUT_FILES.csv, buildSummaryCsv(report, spec));
    await stage(OUTPUT_FILES.narrative, buildNarrative(report, spec, lang));
    await stage(OUTPUT_FILES.xlsx, await xlsx);
  } catch (error) {
    await Promise.all([...staged.values()].map((file) => file.discard()));
    throw error;
  }
  const written: string[] = [];
  // In OUTPUT_FILES order; run.json last, once the others are in place.
  const order = Object.values(OUTPUT_FILES).filter((name) => name !== OUTPUT_FILES.run);
  let next = 0;
  try {
    for (; next < order.length; next++) {
      const file = staged.get(order[next])!;
      await file.commit();
      written.push(file.path);
    }
  } catch (error) {
    // A target that cannot be replaced (Excel on Windows holds last run's 汇总表.xlsx open): the outputs not yet in
    // place are dropped, not left beside their targets; commit has removed its own.
    await Promise.all(order.slice(next + 1).map((name) => staged.get(name)!.discard()));
    throw error;
  }
  const { xlsx: _xlsx, lang: _lang, workbook: _workbook, ...info } = options;
  void _xlsx;
  void _lang;
  void _workbook;
  const run = await effects.stageFile(join(outDir, OUTPUT_FILES.run), buildRunJson(report, spec, { ...info, finishedAt: info.finishedAt ?? new Date().toISOString() }));
  await run.commit();
  written.push(run.path);
  return written;
}
