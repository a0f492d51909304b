import { Worker } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { compiledWorkerUrl } from '../io/compiled-worker-url.js';
import type { MergeReport } from '../merge/merge-report.js';
import type { SummaryXlsxOptions } from './build-summary-xlsx.js';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-worker.js';

/** Builds 汇总表.xlsx; `dispose` ends a thread that was started but never used. */
export interface WorkbookBuilder {
  build(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array>;
  dispose(): void;
}

async function buildHere(report: MergeReport, spec: TemplateSpec, options: SummaryXlsxOptions): Promise<Uint8Array> {
  const { buildSummaryXlsx } = await import('./build-summary-xlsx.js');
  return buildSummaryXlsx(report, spec, options);
}

/** Builds in this thread (exceljs is loaded on first use). */
export const inThreadWorkbookBuilder: WorkbookBuilder = { build: buildHere, dispose: () => undefined };

/**
 * A thread, started now, that loads exceljs while the caller does other work
 * (the merge: reading the files) and builds the workbook when asked, while the
 * caller builds the other outputs. In this thread instead when the compiled
 * worker is not at hand (TypeScript sources, e.g. under ts-jest) or when the
 * thread fails (the same error then comes from here). Same bytes either way.
 */
export function startWorkbookThread(): WorkbookBuilder {
  const url = compiledWorkerUrl('./xlsx-worker.js', import.meta.url);
  if (!url) return inThreadWorkbookBuilder;
  const worker = new Worker(url);
  // Idle, it must not keep the process alive (a merge that stops early never asks for the workbook).
  worker.unref();
  let used = false;
  return {
    build(report, spec, options) {
      if (used) return buildHere(report, spec, options);
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
        const request: XlsxWorkerRequest = { report, spec, options };
        worker.postMessage(request);
      }).finally(() => void worker.terminate());
    },
    dispose() {
      if (!used) void worker.terminate();
    },
  };
}
