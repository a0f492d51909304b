import type { PickedFile } from './pick-files.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

/** Set by the cancel button; the pool stops its workers at once. */
export interface CancelToken {
  cancelled: boolean;
}

/** Thrown (rejected with) when the user cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export interface PoolRun<T> {
  /** Starts one worker (from the page's inlined source, see summary-worker.ts). */
  startWorker: () => Worker;
  /** How many workers: the machine's cores, at most one per file. */
  size: number;
  /** What every worker is told before its first file (plain data: the spec and the task). */
  task: WorkerRequest & { kind: 'task' };
  files: readonly PickedFile[];
  cancel: CancelToken;
  /** Called as files come back: how many are done, and the file now being read. */
  onProgress?: (done: number, total: number, current: string | undefined) => void;
}

/** How many cores to use when the browser does not say. */
const DEFAULT_CORES = 2;

/** Workers for a batch of `files`: one per core (navigator.hardwareConcurrency), never more than files. */
export function poolSize(files: number, cores: number | undefined): number {
  return Math.max(1, Math.min(files, cores && cores > 0 ? cores : DEFAULT_CORES));
}

/**
 * Reads and checks the files on Web Workers, in small batches so the workers
 * stay evenly loaded to the end, and resolves with the results in file order.
 * The page's own thread only hands out File handles (the workers read the
 * bytes) and collects plain results, so it stays responsive. Rejects with
 * Cancelled when the token is set, and with the worker's error if one fails.
 */
export function runOnPool<R>(run: PoolRun<R>): Promise<R[]> {
  const { files, cancel } = run;
  const results: R[] = new Array(files.length);
  const threads = poolSize(files.length, run.size);
  const batchSize = Math.max(1, Math.min(16, Math.ceil(files.length / (threads * 8))));
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let current: string | undefined;
  return new Promise<R[]>((resolve, reject) => {
    if (files.length === 0) return resolve(results);
    let settled = false;
    const stop = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      for (const w of workers) w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    // The cancel button only sets the token; checking it often keeps the click felt at once.
    const watch = setInterval(() => {
      if (cancel.cancelled) stop(new Cancelled());
    }, 50);
    const send = (worker: Worker) => {
      if (next >= files.length) return;
      const indices: number[] = [];
      for (; next < files.length && indices.length < batchSize; next++) indices.push(next);
      const batch: WorkerRequest = { kind: 'batch', indices, files: indices.map((i) => ({ name: files[i].name, file: files[i].file })) };
      worker.postMessage(batch);
      current = files[indices[0]].name;
    };
    for (let i = 0; i < threads; i++) {
      const worker = run.startWorker();
      workers.push(worker);
      worker.onmessage = (event: MessageEvent<WorkerReply<R>>) => {
        if (settled) return;
        const reply = event.data;
        if (reply.kind === 'failed') return stop(new Error(reply.message));
        reply.indices.forEach((index, k) => (results[index] = reply.results[k]));
        done += reply.indices.length;
        if (cancel.cancelled) return stop(new Cancelled());
        if (done === files.length) {
          run.onProgress?.(done, files.length, undefined);
          return stop();
        }
        send(worker);
        run.onProgress?.(done, files.length, current);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        stop(new Error(event.message || 'worker failed'));
      };
      worker.postMessage(run.task);
      // Two batches in flight per worker, so none waits on this thread between batches.
      send(worker);
      send(worker);
    }
    run.onProgress?.(0, files.length, current);
  });
}
