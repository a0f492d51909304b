import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { Effects } from '../cli/effects.js';
import type { FoundFile } from './find-workbooks.js';
import { startProgress } from './progress.js';
import { readSubmission, type ReadSubmission, type ReadSubmissionOptions } from './read-submission.js';

export interface ReadSubmissionsOptions extends ReadSubmissionOptions {
  jobs?: number;
}

/** Reads every submission, in file order, with progress. The merge holds extracted values, not workbooks. */
export async function readSubmissions(
  spec: TemplateSpec,
  files: readonly FoundFile[],
  options: ReadSubmissionsOptions,
  effects: Effects,
): Promise<ReadSubmission[]> {
  const progress = startProgress(files.length, effects, { zh: '读取报表', en: 'Reading' });
  const out: ReadSubmission[] = [];
  try {
    for (const file of files) {
      out.push(await readSubmission(spec, file, options));
      progress.tick(file.name);
    }
  } finally {
    progress.stop();
  }
  return out;
}
