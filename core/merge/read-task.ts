import type { TemplateSpec } from '../spec/template-spec.js';
import { submissionKeeper, type CheckedRead, type ReadCheckContext } from './kept-submission.js';
import { readSubmissionBytes, type ReadSubmission, type ReadSubmissionBytesOptions, type SubmissionFile } from './read-submission.js';

/**
 * What is done with each file where it is read (a thread, a Web Worker or the
 * main one): keep the extracted sheet (check, the add-in's tests), or check it
 * there and keep only what the merge needs. Plain data, so a thread or worker
 * gets it with the spec.
 */
export type ReadTask = { keep: 'extracted' } | { keep: 'checked'; context: ReadCheckContext };

/** What reading one file gives under a task. */
export type ReadResult<T extends ReadTask> = T extends { keep: 'checked' } ? CheckedRead : ReadSubmission;

/**
 * The per-file task on a file's bytes: read with the fast reader, extract, and
 * (task `checked`) check and keep what the merge needs. The same function runs
 * in Node's reader threads and in the page's Web Workers; never throws for a
 * bad file.
 * @example const read = bytesTaskReader(spec, {}, { keep: 'checked', context }); const kept = read({ name }, bytes, sha256);
 */
export function bytesTaskReader<T extends ReadTask>(
  spec: TemplateSpec,
  options: ReadSubmissionBytesOptions,
  task: T,
): (file: SubmissionFile, data: Uint8Array, sha256: string) => ReadResult<T> {
  const finish = resultKeeper(spec, task);
  return (file, data, sha256) => finish(readSubmissionBytes(spec, file, data, sha256, options));
}

/** What a task keeps of a submission however it was read (the Node shell's exceljs reader comes here too). */
export function resultKeeper<T extends ReadTask>(spec: TemplateSpec, task: T): (read: ReadSubmission) => ReadResult<T> {
  if (task.keep === 'checked') {
    const keep = submissionKeeper(spec, task.context);
    return (read) => keep(read) as ReadResult<T>;
  }
  return (read) => read as ReadResult<T>;
}
