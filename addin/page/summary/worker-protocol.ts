import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import type { ReadCheckContext } from '../../../core/merge/kept-submission.js';

/** A file handed to a worker: its name as the outputs give it, and the File handle (the worker reads the bytes). */
export interface WorkerFile {
  name: string;
  file: Blob;
}

/** What the page tells a reader worker: first its task, then batches of files. */
export type WorkerRequest =
  | { kind: 'task'; spec: TemplateSpec; context: ReadCheckContext }
  | { kind: 'batch'; indices: number[]; files: WorkerFile[] };

/** What a worker posts back: a batch's results in the request's order, or why it could not go on. */
export type WorkerReply<R> = { kind: 'batch'; indices: number[]; results: R[] } | { kind: 'failed'; message: string };
