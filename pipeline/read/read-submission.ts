import { extractTemplate } from '../../core/grid/extract-template.js';
import type { Extracted } from '../../core/grid/extracted.js';
import type { WorkbookGrids } from '../../core/grid/grid.js';
import type { Issue } from '../../core/issues/issue.js';
import { fileIssue } from '../../core/xlsx/file-issue.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import { isFastWorkbook } from '../../core/xlsx/fast-workbook.js';
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
 * The file is never written.
 */
export async function readSubmission(spec: TemplateSpec, file: FoundFile, options: ReadSubmissionOptions = {}): Promise<ReadSubmission> {
  // A refused part anywhere (DOCTYPE, past the row limit, broken XML, a zip bomb inside) refuses the whole file, as
  // the README says, instead of passing as "not the template" or half read. Only the sheets the extraction reads are
  // parsed into grids; every other sheet is screened (inflated and parsed under the same guards, cells not kept),
  // which gives the refusal reading every sheet up front would give, and the same first one in sheet order.
  if (options.reader === 'exceljs') {
    // exceljs has none of the fast reader's guards: the file is screened by them first (see readWorkbookFile).
    const read = await readWorkbookFile(file.path, { reader: 'exceljs', limits: options.limits, screen: true });
    const { sha256, bytes } = read;
    if (!read.result.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [read.result.issue] };
    return extractFrom(spec, file, sha256, bytes, read.result.workbook);
  }
  const read = await readWorkbookFile(file.path, { limits: options.limits });
  const { sha256, bytes } = read;
  if (!read.result.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [read.result.issue] };
  const fast = read.result.workbook;
  const extracted = extractFrom(spec, file, sha256, bytes, fast);
  // Screened after the extraction, which has read (and kept) the sheets it needs; a refusal outranks its outcome.
  const refused = isFastWorkbook(fast) ? fast.screenSheets() : undefined;
  if (refused) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [refused] };
  return extracted;
}

function extractFrom(spec: TemplateSpec, file: FoundFile, sha256: string, bytes: number, workbook: WorkbookGrids): ReadSubmission {
  let extraction;
  try {
    extraction = extractTemplate(spec, workbook);
  } catch (error) {
    // A reader that returns a workbook the extractor cannot walk is a bug, but one bad file must not stop the batch.
    return { file, sha256, bytes, failure: 'unreadable', failureIssues: [unexpectedIssue(file.name, error)] };
  }
  if (!extraction.ok) return { file, sha256, bytes, failure: 'not-template', failureIssues: extraction.issues };
  return { file, sha256, bytes, failureIssues: [], extracted: extraction.extracted };
}

function unexpectedIssue(fileName: string, error: unknown): Issue {
  return fileIssue('file.unreadable', fileName, { reason: (error as Error)?.message ?? String(error) });
}
