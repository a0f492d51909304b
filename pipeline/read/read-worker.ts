/**
 * A reader thread of the merge (see read-pool.ts): reads the submissions it is
 * sent, in batches, does its task with each (see read-task.ts), and posts back
 * the results, one message per batch. Only extracted values, or what a merge
 * keeps of them, cross back to the main thread, never workbooks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { FoundFile } from './find-workbooks.js';
import type { ReadSubmissionOptions } from './read-submission.js';
import { taskReader, type ReadResult, type ReadTask } from './read-task.js';

export interface ReadWorkerData {
  spec: TemplateSpec;
  options: ReadSubmissionOptions;
  task: ReadTask;
}

/** A batch to read: file order positions and the files. */
export interface ReadWorkerRequest {
  indices: number[];
  files: FoundFile[];
}

/** What the thread posts back for a batch: the results in the request's order. */
export interface ReadWorkerReply {
  indices: number[];
  results: ReadResult<ReadTask>[];
}

const { spec, options, task } = workerData as ReadWorkerData;
const port = parentPort!;
const read = taskReader(spec, options, task);

port.on('message', async (request: ReadWorkerRequest) => {
  const results: ReadResult<ReadTask>[] = [];
  for (let i = 0; i < request.files.length; i++) {
    // A read never throws for a bad file; anything else is a bug the pool reports.
    results.push(await read(request.files[i]));
  }
  // One message per batch: a message costs both threads more than the cloning of a result does.
  const reply: ReadWorkerReply = { indices: request.indices, results };
  port.postMessage(reply);
});
