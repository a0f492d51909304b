/**
 * A reader worker of the 汇总 page (see worker-pool.ts): reads the bytes of
 * each File it is sent, hashes them, reads and checks them with the same
 * functions as the CLI's reader threads, and posts back what the merge keeps
 * (never the workbook), one message per batch.
 */
import { submissionKeeper, type CheckedRead } from '../../../core/merge/kept-submission.js';
import { readSubmissionBytes } from '../../../core/merge/read-submission.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';
import { sha256Hex } from './sha256.js';

declare const self: DedicatedWorkerGlobalScope;

let read: ((name: string, data: Uint8Array) => Promise<CheckedRead>) | undefined;

/** The file's bytes; FileReaderSync where Blob.arrayBuffer is missing (EdgeHTML 18). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return Promise.resolve(new Uint8Array(new FileReaderSync().readAsArrayBuffer(file)));
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'task') {
      const { spec, context } = request;
      const keep = submissionKeeper(spec, context);
      read = async (name, data) => keep(readSubmissionBytes(spec, { name }, data, await sha256Hex(data)));
      return;
    }
    const results: CheckedRead[] = [];
    for (const f of request.files) results.push(await read!(f.name, await bytesOf(f.file)));
    const reply: WorkerReply<CheckedRead> = { kind: 'batch', indices: request.indices, results };
    self.postMessage(reply);
  } catch (error) {
    // A read never throws for a bad file: anything here is a bug, which stops the merge with its words.
    const reply: WorkerReply<CheckedRead> = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
