import { resultKeeper, type ReadResult, type ReadTask } from '../../core/merge/read-task.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { FoundFile } from './find-workbooks.js';
import { readSubmission, type ReadSubmissionOptions } from './read-submission.js';

export type { ReadResult, ReadTask } from '../../core/merge/read-task.js';

/**
 * Reads one file from disk under `task` (see core's bytesTaskReader); never throws for a bad file.
 * @example const read = taskReader(spec, {}, { keep: 'extracted' }); const sub = await read(file);
 */
export function taskReader<T extends ReadTask>(spec: TemplateSpec, options: ReadSubmissionOptions, task: T): (file: FoundFile) => Promise<ReadResult<T>> {
  const keep = resultKeeper(spec, task);
  return async (file) => keep(await readSubmission(spec, file, options));
}
