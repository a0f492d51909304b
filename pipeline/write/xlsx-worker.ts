/**
 * Builds 汇总表.xlsx on its own thread (see workbook-thread.ts). The thread
 * starts with the merge command, so its start-up and loading exceljs overlap
 * with loading the merge and reading the files, and the workbook is then
 * built while the main thread writes the other outputs.
 */
import { parentPort } from 'node:worker_threads';
import type { FigureGroup } from '../../core/consolidate/summary-model.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { buildSummaryXlsx, type SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import { nodeWorkbook } from './streaming-workbook.js';

/**
 * What the thread is sent: the units' figures in slices, then the rest of the
 * report (its summary.byUnit empty) with the order to build.
 */
export type XlsxWorkerRequest =
  | { kind: 'units'; units: FigureGroup[] }
  | { kind: 'build'; report: MergeReport; spec: TemplateSpec; options: SummaryXlsxOptions };

export type XlsxWorkerReply = { ok: true; bytes: Uint8Array } | { ok: false };

const port = parentPort!;
const units: FigureGroup[] = [];
port.on('message', (request: XlsxWorkerRequest) => {
  if (request.kind === 'units') {
    for (const unit of request.units) units.push(unit);
    return;
  }
  const report: MergeReport = { ...request.report, summary: { ...request.report.summary, byUnit: units } };
  buildSummaryXlsx(report, request.spec, request.options, nodeWorkbook).then(
    (bytes) => port.postMessage({ ok: true, bytes } satisfies XlsxWorkerReply, [bytes.buffer as ArrayBuffer]),
    // The caller then builds in its own thread and meets the same error, with its stack.
    () => port.postMessage({ ok: false } satisfies XlsxWorkerReply),
  );
});
