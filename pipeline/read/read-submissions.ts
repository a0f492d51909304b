import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { ProgressReporter } from '../../core/merge/progress.js';
import type { FoundFile } from './find-workbooks.js';
import type { CheckedRead, ReadCheckContext } from '../../core/merge/kept-submission.js';
import { autoJobs, readOnPool, readWorkerUrl } from './read-pool.js';
import type { ReadSubmission, ReadSubmissionOptions } from './read-submission.js';
import { taskReader, type ReadResult, type ReadTask } from './read-task.js';

export interface ReadSubmissionsOptions extends ReadSubmissionOptions {
  /** Reader threads; 0 or 1 reads in this thread; undefined chooses by the number of files (autoJobs). */
  jobs?: number;
  /** What the progress says it is doing; 读取报表 / Reading by default. */
  progressLabel?: { zh: string; en: string };
}

/**
 * Reads every submission, with progress, and returns them in file order. Many
 * files are read on worker threads (one per core); a few, or when the compiled
 * worker is not at hand, in this thread: the results are the same either way.
 */
export function readSubmissions(spec: TemplateSpec, files: readonly FoundFile[], options: ReadSubmissionsOptions, progress: ProgressReporter): Promise<ReadSubmission[]> {
  return readAll(spec, files, options, { keep: 'extracted' }, progress);
}

/**
 * Reads every submission as readSubmissions does, checks each where it was
 * read (all rules but the collection's, see startCheck) and keeps only what a
 * merge needs (see KeptSubmission): the merge holds figures and issues, not
 * sheets, let alone workbooks.
 */
export function readCheckedSubmissions(
  spec: TemplateSpec,
  files: readonly FoundFile[],
  options: ReadSubmissionsOptions & { context: ReadCheckContext },
  progress: ProgressReporter,
): Promise<CheckedRead[]> {
  return readAll(spec, files, options, { keep: 'checked', context: options.context }, progress);
}

/** Whether readSubmissions and readCheckedSubmissions read `fileCount` files on reader threads (else in this thread). */
export function readsOnThreads(fileCount: number, jobs: number | undefined): boolean {
  return (jobs ?? autoJobs(fileCount)) > 1 && fileCount > 1 && readWorkerUrl() !== undefined;
}

async function readAll<T extends ReadTask>(
  spec: TemplateSpec,
  files: readonly FoundFile[],
  options: ReadSubmissionsOptions,
  task: T,
  progress: ProgressReporter,
): Promise<ReadResult<T>[]> {
  const ticker = progress.start(files.length, options.progressLabel ?? { zh: '读取报表', en: 'Reading' });
  const readOptions: ReadSubmissionOptions = { reader: options.reader, limits: options.limits };
  const jobs = options.jobs ?? autoJobs(files.length);
  try {
    const workerUrl = readsOnThreads(files.length, jobs) ? readWorkerUrl() : undefined;
    const pooled = workerUrl
      ? await readOnPool(workerUrl, spec, files, readOptions, task, jobs, (file) => ticker.tick(file.name))
      : new Array<ReadResult<T> | undefined>(files.length).fill(undefined);
    const readHere = taskReader(spec, readOptions, task);
    const out: ReadResult<T>[] = [];
    for (const [i, file] of files.entries()) {
      let result = pooled[i];
      if (!result) {
        // In this thread: no pool, or a thread that died left this file unread.
        result = await readHere(file);
        ticker.tick(file.name);
      }
      out.push(result);
    }
    return out;
  } finally {
    ticker.stop();
  }
}
