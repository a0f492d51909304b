import { extractTemplate } from '../../core/grid/extract-template.js';
import type { Extracted } from '../../core/grid/extracted.js';
import type { Issue } from '../../core/issues/issue.js';
import { makeIssue } from '../../core/issues/make-issue.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import type { ReadLimits } from '../../core/xlsx/read-limits.js';
import type { FoundFile } from './find-workbooks.js';

/** One file as read: either its extracted template, or the issues that say why it could not be read. */
export interface ReadSubmission {
  file: FoundFile;
  sha256: string;
  bytes: number;
  /** Set when the file could not be used at all. */
  failure?: 'unreadable' | 'not-template';
  /** File-level or structural issues when it failed. */
  failureIssues: Issue[];
  extracted?: Extracted;
}

export interface ReadSubmissionOptions {
  reader?: 'fast' | 'exceljs';
  limits?: ReadLimits;
}

/**
 * Reads one submission and extracts its template. Never throws for a bad file:
 * what is wrong comes back as issues naming the file, the sheet and the cell.
 * The file is never written; with the exceljs reader it is read twice (screen, then cells).
 */
export async function readSubmission(spec: TemplateSpec, file: FoundFile, options: ReadSubmissionOptions = {}): Promise<ReadSubmission> {
  // Every sheet is parsed up front, so a refused part anywhere (DOCTYPE, past the row limit, broken XML, a zip
  // bomb inside) refuses the whole file, as the README says, instead of passing as "not the template" or half read.
  const screened = await readWorkbookFile(file.path, { limits: options.limits, preload: 'all' });
  const { sha256, bytes } = screened;
  if (!screened.result.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [screened.result.issue] };
  // The exceljs reader has none of these guards (it inflates everything): the fast reader screens for it, so both
  // readers refuse the same files with the same words.
  const result = options.reader === 'exceljs' ? (await readWorkbookFile(file.path, { reader: 'exceljs', limits: options.limits })).result : screened.result;
  if (!result.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [result.issue] };
  let extraction;
  try {
    extraction = extractTemplate(spec, result.workbook);
  } catch (error) {
    // A reader that returns a workbook the extractor cannot walk is a bug, but one bad file must not stop the batch.
    return { file, sha256, bytes, failure: 'unreadable', failureIssues: [unexpectedIssue(file.name, error)] };
  }
  if (!extraction.ok) return { file, sha256, bytes, failure: 'not-template', failureIssues: extraction.issues };
  return { file, sha256, bytes, failureIssues: [], extracted: extraction.extracted };
}

function unexpectedIssue(fileName: string, error: unknown): Issue {
  const reason = (error as Error)?.message ?? String(error);
  return makeIssue({ code: 'file.unreadable', severity: 'hard', values: { file: fileName, reason } });
}
