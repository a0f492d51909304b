import { Worker } from 'node:worker_threads';
import type { Locale } from '../../core/messages/render-text.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { compiledWorkerUrl } from '../io/compiled-worker-url.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import type { SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import type { SummaryChartPlaces } from '../../report/charts/summary-chart-places.js';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-worker.js';

/** How many units' figures go to the workbook thread per message. */
const UNITS_PER_MESSAGE = 250;

/** The workbook thread's heap limits (see startWorkbookThread). */
export const WORKBOOK_THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

/**
 * Builds 汇总表.xlsx and draws the summary's charts; `dispose` ends a thread
 * that was started but never used.
 */
export interface WorkbookBuilder {
  build(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array>;
  /** The summary's charts for the documents (placeSummaryCharts), the same wherever they are drawn. */
  charts(report: MergeReport, spec: TemplateSpec, lang: Locale): Promise<SummaryChartPlaces>;
  /** Loads and warms up the charts' code where they will be drawn, ahead of `charts`; nothing to wait for. */
  warmCharts(): void;
  dispose(): void;
}

async function buildHere(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array> {
  const [{ buildSummaryXlsx }, { nodeWorkbook }] = await Promise.all([import('../../report/build-summary-xlsx.js'), import('./streaming-workbook.js')]);
  return buildSummaryXlsx(report, spec, options, nodeWorkbook);
}

async function drawHere(report: MergeReport, spec: TemplateSpec, lang: Locale): Promise<SummaryChartPlaces> {
  const [{ placeSummaryCharts }, { figuresOfMerge }] = await Promise.all([import('../../report/charts/summary-chart-places.js'), import('../../report/figures/figures-of-merge.js')]);
  return placeSummaryCharts(figuresOfMerge(report, spec), lang);
}

/** Builds and draws in this thread (exceljs and ECharts are loaded on first use). */
export const inThreadWorkbookBuilder: WorkbookBuilder = { build: buildHere, charts: drawHere, warmCharts: () => undefined, dispose: () => undefined };

/**
 * A thread, started now, that loads exceljs while the caller does other work
 * (the merge command: loading the merge, reading the files), draws the
 * charts and then builds the workbook when asked, while the caller builds the
 * other outputs. In this thread instead when the compiled worker is not at
 * hand (TypeScript sources, e.g. under ts-jest) or when the thread fails (the
 * same error then comes from here). Same bytes either way.
 */
export function startWorkbookThread(): WorkbookBuilder {
  const url = compiledWorkerUrl('./xlsx-worker.js', import.meta.url);
  if (!url) return inThreadWorkbookBuilder;
  // A small young generation: the rows' objects die young, and V8's default (up to ~48 MiB per thread) kept
  // ~30 MiB more of RSS at national scale, with no measurable gain in speed.
  const worker = new Worker(url, { resourceLimits: WORKBOOK_THREAD_LIMITS });
  // Idle, it must not keep the process alive (a merge that stops early never asks for the workbook).
  worker.unref();
  // Listened to from the start: a thread that fails while it loads (a broken install, out of memory) must not take
  // the process down; the work is then done in this thread.
  let gone = false;
  // One request of each kind at a time; answered by its reply, or with none when the thread is gone.
  const waiting = new Map<XlsxWorkerReply['kind'], (reply: XlsxWorkerReply | undefined) => void>();
  const onGone = () => {
    gone = true;
    for (const answer of waiting.values()) answer(undefined);
    waiting.clear();
  };
  worker.on('error', onGone);
  worker.on('exit', onGone);
  worker.on('message', (reply: XlsxWorkerReply) => {
    const answer = waiting.get(reply.kind);
    waiting.delete(reply.kind);
    if (waiting.size === 0) worker.unref();
    answer?.(reply);
  });
  const ask = (request: XlsxWorkerRequest & { kind: XlsxWorkerReply['kind'] }): Promise<XlsxWorkerReply | undefined> =>
    new Promise((resolve) => {
      waiting.set(request.kind, resolve);
      worker.ref();
      worker.postMessage(request);
    });

  let sent: MergeReport | undefined;
  const send = (report: MergeReport, spec: TemplateSpec) => {
    if (sent === report) return;
    sent = report;
    // The units' figures (most of the report) in slices: one message of the whole report made the main thread
    // hold its ~20 MiB serialised copy at once, at the merge's peak of memory.
    const { byUnit } = report.summary;
    for (let at = 0; at < byUnit.length; at += UNITS_PER_MESSAGE) {
      worker.postMessage({ kind: 'units', units: byUnit.slice(at, at + UNITS_PER_MESSAGE) } satisfies XlsxWorkerRequest);
    }
    const rest: MergeReport = { ...report, summary: { ...report.summary, byUnit: [] } };
    worker.postMessage({ kind: 'report', report: rest, spec } satisfies XlsxWorkerRequest);
  };

  let built = false;
  return {
    async charts(report, spec, lang) {
      if (built || gone || waiting.has('charts')) return drawHere(report, spec, lang);
      send(report, spec);
      const reply = await ask({ kind: 'charts', lang });
      return reply?.kind === 'charts' && reply.ok ? reply.charts : drawHere(report, spec, lang);
    },
    async build(report, spec, options) {
      if (built || gone) return buildHere(report, spec, options);
      built = true;
      try {
        send(report, spec);
        const reply = await ask({ kind: 'build', options });
        return reply?.kind === 'build' && reply.ok ? reply.bytes : await buildHere(report, spec, options);
      } finally {
        // Its one workbook built: the thread's heap is given back (charts asked later are drawn here).
        void worker.terminate();
      }
    },
    warmCharts() {
      if (!gone && !built) worker.postMessage({ kind: 'warm' } satisfies XlsxWorkerRequest);
    },
    dispose() {
      if (!built) void worker.terminate();
    },
  };
}
