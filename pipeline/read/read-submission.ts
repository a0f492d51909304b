import { extractSubmission, readSubmissionBytes, type ReadSubmission } from '../../core/merge/read-submission.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../core/xlsx/read-limits.js';
import { nodeCodecs, readFileBytes, readWorkbookFile } from '../io/read-workbook-file.js';
import type { FoundFile } from './find-workbooks.js';

export type { ReadSubmission } from '../../core/merge/read-submission.js';

export interface ReadSubmissionOptions {
  reader?: 'fast' | 'exceljs';
  limits?: ReadLimits;
}

/**
 * Reads one submission from disk and extracts its template (see
 * readSubmissionBytes, which does the work for the fast reader). Never throws
 * for a bad file; the file is never written.
 */
export async function readSubmission(spec: TemplateSpec, file: FoundFile, options: ReadSubmissionOptions = {}): Promise<ReadSubmission> {
  if (options.reader === 'exceljs') {
    // exceljs has none of the fast reader's guards: the file is screened by them first (see readWorkbookFile).
    const read = await readWorkbookFile(file.path, { reader: 'exceljs', limits: options.limits, screen: true });
    const { sha256, bytes } = read;
    if (!read.result.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [read.result.issue] };
    return extractSubmission(spec, file, sha256, bytes, read.result.workbook);
  }
  const read = readFileBytes(file.path, (options.limits ?? DEFAULT_READ_LIMITS).maxFileBytes);
  if (!read.ok) return { file, sha256: '', bytes: read.size, failure: 'unreadable', failureIssues: [read.issue] };
  return readSubmissionBytes(spec, file, read.data, read.sha256, { limits: options.limits, codecs: nodeCodecs });
}
