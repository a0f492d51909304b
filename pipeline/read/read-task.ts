import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { FoundFile } from './find-workbooks.js';
import { submissionKeeper, type CheckedRead, type ReadCheckContext } from '../../core/merge/kept-submission.js';
import { readSubmission, type ReadSubmission, type ReadSubmissionOptions } from './read-submission.js';

/**
 * What is done with each file where it is read (this thread or a reader
 * thread): keep the extracted sheet (check, the add-in's tests), or check it
 * there and keep only what the merge needs. Plain data, so a thread gets it
 * with the spec.
 */
export type ReadTask = { keep: 'extracted' } | { keep: 'checked'; context: ReadCheckContext };

/** What reading one file gives under a task. */
export type ReadResult<T extends ReadTask> = T extends { keep: 'checked' } ? CheckedRead : ReadSubmission;

/**
 * Reads one file under `task`; never throws for a bad file (see readSubmission).
 * @example const read = taskReader(spec, {}, { keep: 'extracted' }); const sub = await read(file);
 */
export function taskReader<T extends ReadTask>(spec: TemplateSpec, options: ReadSubmissionOptions, task: T): (file: FoundFile) => Promise<ReadResult<T>> {
  if (task.keep === 'checked') {
    const keep = submissionKeeper(spec, task.context);
    return async (file) => keep(await readSubmission(spec, file, options)) as ReadResult<T>;
  }
  return (file) => readSubmission(spec, file, options) as Promise<ReadResult<T>>;
}
