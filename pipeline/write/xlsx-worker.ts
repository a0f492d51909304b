/**
 * Builds 汇总表.xlsx, and draws the summary's charts, on its own thread (see
 * workbook-thread.ts). The thread starts with the merge command, so its
 * start-up and loading exceljs overlap with loading the merge and reading the
 * files; ECharts is loaded and warmed up when asked (`warm`), while this
 * thread would otherwise wait. The charts are drawn first, then the workbook is
 * built while the main thread writes the other outputs.
 */
import { parentPort } from 'node:worker_threads';
import type { FigureGroup } from '../../core/consolidate/summary-model.js';
import type { Locale } from '../../core/messages/render-text.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { buildSummaryXlsx, type SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import type { SummaryChartPlaces } from '../../report/charts/summary-chart-places.js';
import { nodeWorkbook } from './streaming-workbook.js';

/**
 * What the thread is sent: the units' figures in slices, then the rest of the
 * report (its summary.byUnit empty), then what to make of it: the charts, the
 * workbook. `warm` loads and warms up ECharts ahead of the charts.
 */
export type XlsxWorkerRequest =
  | { kind: 'warm' }
  | { kind: 'units'; units: FigureGroup[] }
  | { kind: 'report'; report: MergeReport; spec: TemplateSpec }
  | { kind: 'charts'; lang: Locale }
  | { kind: 'build'; options: SummaryXlsxOptions };

export type XlsxWorkerReply =
  | { kind: 'charts'; ok: true; charts: SummaryChartPlaces }
  | { kind: 'build'; ok: true; bytes: Uint8Array }
  | { kind: 'charts' | 'build'; ok: false };

const port = parentPort!;
let units: FigureGroup[] = [];
let current: { report: MergeReport; spec: TemplateSpec } | undefined;

// Loaded on first use: a merge that stops before its outputs never loads ECharts.
const chartPlaces = () => import('../../report/charts/summary-chart-places.js');
const figures = () => import('../../report/figures/figures-of-merge.js');

async function warm(): Promise<void> {
  const [{ renderChartSvg, WARM_UP_CHART }] = await Promise.all([import('../../report/charts/index.js'), figures(), chartPlaces()]);
  renderChartSvg(WARM_UP_CHART);
}

async function drawCharts(lang: Locale): Promise<SummaryChartPlaces> {
  const [{ placeSummaryCharts }, { figuresOfMerge }] = await Promise.all([chartPlaces(), figures()]);
  return placeSummaryCharts(figuresOfMerge(current!.report, current!.spec), lang);
}

port.on('message', (request: XlsxWorkerRequest) => {
  switch (request.kind) {
    case 'warm':
      // Only a head start: a failure here shows again, with its stack, where the charts are drawn.
      warm().catch(() => undefined);
      return;
    case 'units':
      for (const unit of request.units) units.push(unit);
      return;
    case 'report':
      current = { report: { ...request.report, summary: { ...request.report.summary, byUnit: units } }, spec: request.spec };
      units = [];
      return;
    case 'charts':
      drawCharts(request.lang).then(
        (charts) => port.postMessage({ kind: 'charts', ok: true, charts } satisfies XlsxWorkerReply),
        // The caller then draws in its own thread and meets the same error, with its stack.
        () => port.postMessage({ kind: 'charts', ok: false } satisfies XlsxWorkerReply),
      );
      return;
    case 'build':
      buildSummaryXlsx(current!.report, current!.spec, request.options, nodeWorkbook).then(
        (bytes) => port.postMessage({ kind: 'build', ok: true, bytes } satisfies XlsxWorkerReply, [bytes.buffer as ArrayBuffer]),
        () => port.postMessage({ kind: 'build', ok: false } satisfies XlsxWorkerReply),
      );
      return;
  }
});
