/**
 * A reader worker of the 汇总 page (see worker-pool.ts): reads the bytes of
 * each File it is sent, hashes them, and runs the same per-file task as the
 * CLI's reader threads (core/merge bytesTaskReader), posting back what the
 * merge keeps (never the workbook), one message per batch.
 */
import type { CheckedRead } from '../../../core/merge/kept-submission.js';
import { bytesTaskReader } from '../../../core/merge/read-task.js';
import { fileIssue } from '../../../core/xlsx/file-issue.js';
import { sha256Hex } from './sha256.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

// The worker's global scope, as far as this file uses it (the add-in's tsconfig has the DOM's types, not WebWorker's).
declare const self: { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: unknown): void };
declare class FileReaderSync {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

let read: ((name: string, data: Uint8Array) => Promise<CheckedRead>) | undefined;

/** The file's bytes; FileReaderSync where Blob.arrayBuffer is missing (EdgeHTML 18). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return Promise.resolve(new Uint8Array(new FileReaderSync().readAsArrayBuffer(file)));
}

/** A file the browser could not read (moved or deleted since it was picked): unreadable, as the CLI says it. */
function unreadable(name: string, error: unknown): CheckedRead {
  const base = name.split('/').pop()!;
  const reason = error instanceof Error ? error.message : String(error);
  return { file: { name }, sha256: '', bytes: 0, failure: 'unreadable', failureIssues: [fileIssue('file.unreadable', base, { reason })] };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'task') {
      const task = bytesTaskReader(request.spec, {}, { keep: 'checked', context: request.context });
      read = async (name, data) => task({ name }, data, await sha256Hex(data));
      return;
    }
    const results: CheckedRead[] = [];
    for (const f of request.files) {
      let data: Uint8Array;
      try {
        data = await bytesOf(f.file);
      } catch (error) {
        results.push(unreadable(f.name, error));
        continue;
      }
      results.push(await read!(f.name, data));
    }
    const reply: WorkerReply<CheckedRead> = { kind: 'batch', indices: request.indices, results };
    self.postMessage(reply);
  } catch (error) {
    // A read never throws for a bad file: anything here is a bug, which stops the merge with its words.
    const reply: WorkerReply<CheckedRead> = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
