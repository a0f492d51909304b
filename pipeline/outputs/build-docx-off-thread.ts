import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { MergeReport } from '../merge/merge-report.js';
import { buildSummaryDocx } from './build-summary-docx.js';
import type { DocxWorkerData } from './docx-worker.js';

/**
 * From this many status rows, a thread for the docx pays for itself. With the
 * 报送情况 rows stamped (stamp-table-rows.ts) the docx costs ~0.6 s of CPU at
 * 3,000 units, most of it the library's cold start; a thread adds ~0.15 s
 * (start, loading docx again) on the other core and hides the rest behind
 * 汇总表.xlsx, which at that size takes seconds. Measured (2 cores): 3,000 units
 * beside 1.5 s of other work, 1.56 s in all on a thread against 1.9 s here; 200
 * units beside 0.5 s, no gain. From about 500 units the workbook is long enough.
 * Since 汇总表.xlsx has its own thread (workbook-thread.ts) this one gains
 * nothing: a 3,000-unit merge built its outputs in 4.3 s with it and 4.1 s
 * without, +45 MiB peak RSS. To go: write-outputs.ts calls buildSummaryDocx.
 */
export const DOCX_THREAD_MIN_ROWS = 500;

/**
 * summary.docx built on a worker thread when the report is large, so it
 * overlaps with the workbook; in this thread when it is small, when the
 * compiled worker is not at hand (TypeScript sources, e.g. under ts-jest), or
 * when the thread fails (the same error then comes from here). Same bytes either way.
 */
export function buildSummaryDocxOffThread(report: MergeReport, spec: TemplateSpec, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const url = new URL('./docx-worker.js', import.meta.url);
  const usable = report.statuses.length >= DOCX_THREAD_MIN_ROWS && url.protocol === 'file:' && existsSync(fileURLToPath(url));
  if (!usable) return buildSummaryDocx(report, spec, lang);
  return new Promise((resolve, reject) => {
    // The document shows the summary, statuses and notes; the per-cell sources and per-file issues (most of a
    // national report) are not copied to the thread. The read-pool test holds the two builds to the same bytes.
    const data: DocxWorkerData = { report: { ...report, sources: [], files: [] }, spec, lang };
    const worker = new Worker(url, { workerData: data });
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      buildSummaryDocx(report, spec, lang).then(resolve, reject);
    };
    worker.once('message', (bytes: Uint8Array) => {
      settled = true;
      resolve(bytes);
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
