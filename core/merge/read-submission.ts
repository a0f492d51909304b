import { extractTemplate } from '../grid/extract-template.js';
import type { Extracted } from '../grid/extracted.js';
import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import { isFastWorkbook } from '../xlsx/fast-workbook.js';
import { fileIssue } from '../xlsx/file-issue.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/read-limits.js';
import { readWorkbookFast } from '../xlsx/read-workbook-fast.js';
import { TEMPLATE_SCAN_COLS } from '../grid/find-table.js';
import type { ZipCodecs } from '../xlsx/zip-archive.js';

/**
 * A submission file as its shell found it. `name` is how every output names
 * it (relative to the input folder, forward slashes); `path` is where the
 * shell finds it again (Node: the absolute path; absent in a browser).
 */
export interface SubmissionFile {
  name: string;
  path?: string;
}

/** One file as read: either its extracted template, or the issues that say why it could not be read. */
export interface ReadSubmission {
  file: SubmissionFile;
  sha256: string;
  bytes: number;
  /** Set when the file could not be used at all. */
  failure?: 'unreadable' | 'not-template';
  /** File-level or structural issues when it failed. */
  failureIssues: Issue[];
  extracted?: Extracted;
}

export interface ReadSubmissionBytesOptions {
  limits?: ReadLimits;
  /** The host's CRC-32 and inflate (Node: node:zlib); default: the reader's own (fflate). */
  codecs?: ZipCodecs;
}

/** The file's own name, as the reader's issues name it (the last part of its relative name). */
export function baseName(file: SubmissionFile): string {
  const parts = file.name.split('/');
  return parts[parts.length - 1];
}

/**
 * Reads one submission from its bytes with the fast reader and extracts its
 * template. Never throws for a bad file: what is wrong comes back as issues
 * naming the file, the sheet and the cell. `sha256` is the bytes' hash, which
 * the shell computes (node:crypto, or SubtleCrypto in a browser).
 * @example const sub = readSubmissionBytes(spec, { name: '城区.xlsx' }, bytes, sha256, { codecs });
 */
export function readSubmissionBytes(
  spec: TemplateSpec,
  file: SubmissionFile,
  data: Uint8Array,
  sha256: string,
  options: ReadSubmissionBytesOptions = {},
): ReadSubmission {
  // A refused part anywhere (DOCTYPE, past the row limit, broken XML, a zip bomb inside) refuses the whole file, as
  // the README says, instead of passing as "not the template" or half read. Only the sheets the extraction reads are
  // parsed into grids; every other sheet is screened (inflated and parsed under the same guards, cells not kept),
  // which gives the refusal reading every sheet up front would give, and the same first one in sheet order. Cells
  // right of the template's columns are checked and counted, never kept: memory follows the template, not the file.
  const bytes = data.length;
  const read = readWorkbookFast(data, baseName(file), options.limits ?? DEFAULT_READ_LIMITS, { codecs: options.codecs, keepColumns: TEMPLATE_SCAN_COLS });
  if (!read.ok) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [read.issue] };
  const fast = read.workbook;
  const extracted = extractSubmission(spec, file, sha256, bytes, fast);
  // Screened after the extraction, which has read (and kept) the sheets it needs; a refusal outranks its outcome.
  const refused = isFastWorkbook(fast) ? fast.screenSheets() : undefined;
  if (refused) return { file, sha256, bytes, failure: 'unreadable', failureIssues: [refused] };
  return extracted;
}

/** Extracts the template from a workbook any reader gave; a workbook the extractor cannot walk is an issue, not a throw. */
export function extractSubmission(spec: TemplateSpec, file: SubmissionFile, sha256: string, bytes: number, workbook: WorkbookGrids): ReadSubmission {
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

/** The reader's own fault (file.reader-fault): the exception's text goes to `detail`, for machines, never into the message. */
function unexpectedIssue(fileName: string, error: unknown): Issue {
  return fileIssue('file.reader-fault', fileName, { detail: (error as Error)?.message ?? String(error) });
}
