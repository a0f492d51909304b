import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { compiledWorkerUrl } from '../io/compiled-worker-url.js';
import type { FoundFile } from './find-workbooks.js';
import type { ReadSubmissionOptions } from './read-submission.js';
import type { ReadResult, ReadTask } from './read-task.js';
import type { ReadWorkerData, ReadWorkerReply, ReadWorkerRequest } from './read-worker.js';

/**
 * A reader thread's heap limits: a small young generation. Parsing leaves short-lived garbage only, and
 * V8's default (up to ~48 MiB per thread) kept that much more RSS per reader at national scale.
 */
export const READER_THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

/** Below this many files, starting threads costs more than it saves. */
export const POOL_MIN_FILES = 50;
const MAX_AUTO_JOBS = 4;

/**
 * Reader threads when the user gave none: one per core (at most 4) for a
 * large batch, none (read in this thread) for a city's few dozen files.
 * @example autoJobs(3000, 2) // 2
 */
export function autoJobs(fileCount: number, cores: number = availableParallelism()): number {
  return fileCount >= POOL_MIN_FILES ? Math.max(1, Math.min(cores, MAX_AUTO_JOBS)) : 1;
}

/**
 * The compiled worker beside this module; undefined when it is not there
 * (running from TypeScript sources, e.g. under ts-jest), so callers read in
 * this thread instead.
 */
export function readWorkerUrl(): URL | undefined {
  return compiledWorkerUrl('./read-worker.js', import.meta.url);
}

/**
 * Reads the files on `jobs` worker threads, in batches, and resolves with the
 * results in file order; `onRead` is called for each file as its batch comes
 * back (any order). The spec and the task go to each worker once, via
 * workerData; results come back as structured clones of what the task's
 * reader returns (see read-task.ts), one message per batch. If a thread dies,
 * the files of the batches it had not posted back are left undefined for the
 * caller to read here.
 */
export function readOnPool<T extends ReadTask>(
  workerUrl: URL,
  spec: TemplateSpec,
  files: readonly FoundFile[],
  options: ReadSubmissionOptions,
  task: T,
  jobs: number,
  onRead: (file: FoundFile) => void = () => undefined,
): Promise<(ReadResult<T> | undefined)[]> {
  const results: (ReadResult<T> | undefined)[] = new Array(files.length).fill(undefined);
  const threads = Math.max(1, Math.min(jobs, files.length));
  // Small batches keep the threads evenly loaded to the end; two in flight per thread so none waits on this one.
  const batchSize = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  let next = 0;
  const deadWorkers = new Set<Worker>();
  let pending = files.length;
  const workerData: ReadWorkerData = { spec, options: { reader: options.reader, limits: options.limits }, task };

  return new Promise((resolve) => {
    if (files.length === 0) return resolve(results);
    const workers: Worker[] = [];
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      resolve(results);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(workerUrl, { workerData, resourceLimits: READER_THREAD_LIMITS });
      workers.push(worker);
      const outstanding = new Set<number>();
      let dead = false;
      const send = () => {
        const indices: number[] = [];
        while (indices.length < batchSize && next < files.length) indices.push(next++);
        if (indices.length === 0) return;
        for (const i of indices) outstanding.add(i);
        const request: ReadWorkerRequest = { indices, files: indices.map((i) => files[i]) };
        worker.postMessage(request);
      };
      worker.on('message', (reply: ReadWorkerReply) => {
        for (let k = 0; k < reply.indices.length; k++) {
          const index = reply.indices[k];
          results[index] = reply.results[k] as ReadResult<T>;
          outstanding.delete(index);
          pending--;
          onRead(files[index]);
        }
        if (outstanding.size <= batchSize) send();
        if (pending === 0) finish();
      });
      const die = () => {
        if (dead || settled) return;
        dead = true;
        // What this thread had not finished stays undefined for the caller to read here; the others carry on.
        pending -= outstanding.size;
        outstanding.clear();
        if (pending === 0 || workers.every((w) => w === worker || deadWorkers.has(w))) finish();
        deadWorkers.add(worker);
      };
      worker.on('error', die);
      worker.on('exit', die);
      send();
      send();
    }
  });
}
