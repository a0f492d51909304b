/**
 * Builds summary.docx on its own thread (see build-docx-off-thread.ts): the
 * ~0.6 s a national summary.docx still costs (mostly the docx library's cold
 * start) overlaps with building 汇总表.xlsx on the other core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { MergeReport } from '../merge/merge-report.js';
import { buildSummaryDocx } from './build-summary-docx.js';

export interface DocxWorkerData {
  report: MergeReport;
  spec: TemplateSpec;
  lang: 'zh' | 'en';
}

const { report, spec, lang } = workerData as DocxWorkerData;
// A failure here surfaces as the worker's 'error' event; the caller then builds in its own thread and sees the same error.
const bytes = await buildSummaryDocx(report, spec, lang);
parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
