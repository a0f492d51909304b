import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { Effects } from '../cli/effects.js';
import type { FoundFile } from './find-workbooks.js';
import { startProgress } from './progress.js';
import { autoJobs, readOnPool, readWorkerUrl } from './read-pool.js';
import { readSubmission, type ReadSubmission, type ReadSubmissionOptions } from './read-submission.js';

export interface ReadSubmissionsOptions extends ReadSubmissionOptions {
  /** Reader threads; 0 or 1 reads in this thread; undefined chooses by the number of files (autoJobs). */
  jobs?: number;
}

/**
 * Reads every submission, with progress, and returns them in file order. Many
 * files are read on worker threads (one per core); a few, or when the compiled
 * worker is not at hand, in this thread: the results are the same either way.
 * The merge holds extracted values, not workbooks.
 */
export async function readSubmissions(
  spec: TemplateSpec,
  files: readonly FoundFile[],
  options: ReadSubmissionsOptions,
  effects: Effects,
): Promise<ReadSubmission[]> {
  const progress = startProgress(files.length, effects, { zh: '读取报表', en: 'Reading' });
  const readOptions: ReadSubmissionOptions = { reader: options.reader, limits: options.limits };
  const jobs = options.jobs ?? autoJobs(files.length);
  try {
    const workerUrl = jobs > 1 && files.length > 1 ? readWorkerUrl() : undefined;
    const pooled = workerUrl
      ? await readOnPool(workerUrl, spec, files, readOptions, jobs, (file) => progress.tick(file.name))
      : new Array<ReadSubmission | undefined>(files.length).fill(undefined);
    const out: ReadSubmission[] = [];
    for (const [i, file] of files.entries()) {
      let result = pooled[i];
      if (!result) {
        // In this thread: no pool, or a thread that died left this file unread.
        result = await readSubmission(spec, file, readOptions);
        progress.tick(file.name);
      }
      out.push(result);
    }
    return out;
  } finally {
    progress.stop();
  }
}
