/**
 * A reader thread of the merge (see read-pool.ts): reads the submissions it is
 * sent, in batches, and posts back what readSubmission returns, one message per
 * batch. Only extracted values cross back to the main thread, never workbooks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { FoundFile } from './find-workbooks.js';
import { readSubmission, type ReadSubmission, type ReadSubmissionOptions } from './read-submission.js';

export interface ReadWorkerData {
  spec: TemplateSpec;
  options: ReadSubmissionOptions;
}

/** A batch to read: file order positions and the files. */
export interface ReadWorkerRequest {
  indices: number[];
  files: FoundFile[];
}

const { spec, options } = workerData as ReadWorkerData;
const port = parentPort!;
/** What the thread posts back for a batch: the results in the request's order. */
export interface ReadWorkerReply {
  indices: number[];
  results: ReadSubmission[];
}

port.on('message', async (request: ReadWorkerRequest) => {
  const results: ReadSubmission[] = [];
  for (let i = 0; i < request.files.length; i++) {
    // readSubmission never throws for a bad file; anything else is a bug the pool reports.
    results.push(await readSubmission(spec, request.files[i], options));
  }
  // One message per batch: a message costs both threads more than the cloning of a result does.
  const reply: ReadWorkerReply = { indices: request.indices, results };
  port.postMessage(reply);
});
