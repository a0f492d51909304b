import { Worker } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { compiledWorkerUrl } from '../io/compiled-worker-url.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import type { SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-worker.js';

/** How many units' figures go to the workbook thread per message. */
const UNITS_PER_MESSAGE = 250;

/** The workbook thread's heap limits (see startWorkbookThread). */
export const WORKBOOK_THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

/** Builds 汇总表.xlsx; `dispose` ends a thread that was started but never used. */
export interface WorkbookBuilder {
  build(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array>;
  dispose(): void;
}

async function buildHere(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array> {
  const [{ buildSummaryXlsx }, { nodeWorkbook }] = await Promise.all([import('../../report/build-summary-xlsx.js'), import('./streaming-workbook.js')]);
  return buildSummaryXlsx(report, spec, options, nodeWorkbook);
}

/** Builds in this thread (exceljs is loaded on first use). */
export const inThreadWorkbookBuilder: WorkbookBuilder = { build: buildHere, dispose: () => undefined };

/**
 * A thread, started now, that loads exceljs while the caller does other work
 * (the merge command: loading the merge, reading the files) and builds the
 * workbook when asked, while the caller builds the other outputs. In this
 * thread instead when the compiled worker is not at hand (TypeScript sources,
 * e.g. under ts-jest) or when the thread fails (the same error then comes
 * from here). Same bytes either way.
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
  // the process down; the workbook is then built in this thread.
  let gone = false;
  const onGone = () => {
    gone = true;
  };
  worker.on('error', onGone);
  worker.on('exit', onGone);
  let used = false;
  return {
    build(report, spec, options) {
      if (used || gone) return buildHere(report, spec, options);
      used = true;
      worker.ref();
      return new Promise<Uint8Array>((resolve, reject) => {
        let settled = false;
        const fallBack = () => {
          if (settled) return;
          settled = true;
          buildHere(report, spec, options).then(resolve, reject);
        };
        worker.once('message', (reply: XlsxWorkerReply) => {
          if (!reply.ok) return fallBack();
          settled = true;
          resolve(reply.bytes);
        });
        worker.once('error', fallBack);
        worker.once('exit', fallBack);
        // The units' figures (most of the report) in slices: one message of the whole report made the main thread
        // hold its ~20 MiB serialised copy at once, at the merge's peak of memory.
        const { byUnit } = report.summary;
        for (let at = 0; at < byUnit.length; at += UNITS_PER_MESSAGE) {
          worker.postMessage({ kind: 'units', units: byUnit.slice(at, at + UNITS_PER_MESSAGE) } satisfies XlsxWorkerRequest);
        }
        const rest: MergeReport = { ...report, summary: { ...report.summary, byUnit: [] } };
        worker.postMessage({ kind: 'build', report: rest, spec, options } satisfies XlsxWorkerRequest);
      }).finally(() => void worker.terminate());
    },
    dispose() {
      if (!used) void worker.terminate();
    },
  };
}
