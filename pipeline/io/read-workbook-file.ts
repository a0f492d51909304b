import { createHash } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { classifyWorkbookBytes, tooLargeIssue } from '../../core/xlsx/classify-file.js';
import type { Issue } from '../../core/issues/issue.js';
import { isFastWorkbook } from '../../core/xlsx/fast-workbook.js';
import { fileIssue } from '../../core/xlsx/file-issue.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../core/xlsx/read-limits.js';
import type { ReadWorkbookResult } from '../../core/xlsx/read-workbook-result.js';
import type { ZipCodecs } from '../../core/xlsx/zip-archive.js';

/**
 * node:zlib's CRC-32 (Node 20.15 and later) and inflate for the fast reader:
 * the same results as its own fflate and CRC code, several times faster.
 */
export const nodeCodecs: ZipCodecs = {
  crc32,
  inflateRaw: (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput }),
};

export type WorkbookReaderName = 'fast' | 'exceljs';

export interface ReadWorkbookFileOptions {
  /** `fast` (default) reads with the fflate + saxes reader; `exceljs` with the reference adapter. */
  reader?: WorkbookReaderName;
  limits?: ReadLimits;
  /** Sheets the fast reader parses at once, so a sheet it cannot read fails the whole result (see ReadWorkbookFastOptions). */
  preload?: readonly string[] | 'all';
  /**
   * exceljs only: first screen the file with the fast reader's guards (zip bomb, DOCTYPE, sizes, every sheet), which
   * exceljs lacks, so both readers refuse the same files with the same words.
   */
  screen?: boolean;
}

export interface ReadWorkbookFileResult {
  result: ReadWorkbookResult;
  /** SHA-256 of the file's bytes, lower-case hex; '' when the file could not be read from disk. */
  sha256: string;
  bytes: number;
}

/**
 * Reads a submission from disk once (never writing to it), hashes it, checks
 * what kind of file it is, then reads it as a workbook. A file that cannot be
 * read (missing, a directory, no permission) is an issue, not a throw.
 *
 * @example
 * const { result, sha256 } = await readWorkbookFile('submissions/城区.xlsx');
 */
export async function readWorkbookFile(path: string, options: ReadWorkbookFileOptions = {}): Promise<ReadWorkbookFileResult> {
  const fileName = basename(path);
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const read = readFileBytes(path, limits.maxFileBytes);
  if (!read.ok) return { result: { ok: false, issue: read.issue }, sha256: '', bytes: read.size };
  const { data, sha256 } = read;
  if (options.reader === 'exceljs') {
    // exceljs has no such guard; the fast reader below recognises the file by its bytes itself.
    const refused = options.screen ? screenIssue(data, fileName, limits) : classifyWorkbookBytes(data, fileName, limits);
    if (refused) return { result: { ok: false, issue: refused }, sha256, bytes: data.length };
    // Loaded only on request: exceljs is slow to import and the fast reader is the default.
    const { readWorkbookWithExcelJS } = await import('./exceljs-reader.js');
    return { result: await readWorkbookWithExcelJS(data, fileName), sha256, bytes: data.length };
  }
  return { result: readWorkbookFast(data, fileName, limits, { preload: options.preload, codecs: nodeCodecs }), sha256, bytes: data.length };
}

type BoundedRead = { ok: true; data: Uint8Array } | { ok: false; issue: Issue; size: number };

/**
 * A file's bytes and their SHA-256 (lower-case hex), read once and never
 * written, and only when it is a regular file within `maxFileBytes` (see
 * readBounded); a file that cannot be read is an issue of its own code, not a throw.
 */
export function readFileBytes(
  path: string,
  maxFileBytes: number = DEFAULT_READ_LIMITS.maxFileBytes,
): { ok: true; data: Uint8Array; sha256: string } | { ok: false; issue: Issue; size: number } {
  const read = readBounded(path, basename(path), maxFileBytes);
  if (!read.ok) return read;
  return { ok: true, data: read.data, sha256: createHash('sha256').update(read.data).digest('hex') };
}

/**
 * The file's bytes, read only when it is a regular file within the size limit:
 * the size is taken from the open file (fstat) before a byte is read, so a
 * 700 MB file costs nothing to refuse. Opened non-blocking, so a named pipe
 * given as input is reported instead of waiting for a writer. Synchronous: a
 * submission is a few dozen KiB, and fs/promises costs several thread-pool
 * round trips per file, a tenth of the read time on a merge's worker threads.
 */
function readBounded(path: string, fileName: string, maxFileBytes: number): BoundedRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, issue: notRegularIssue(fileName, info), size: 0 };
    if (info.size > maxFileBytes) return { ok: false, issue: tooLargeIssue(fileName, info.size, maxFileBytes), size: info.size };
    // One byte more than the size: a file that grew since fstat is read up to the limit and then refused, never cut.
    const data = new Uint8Array(Math.min(info.size, maxFileBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, data, length, data.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === data.length) break;
    }
    if (length > maxFileBytes) return { ok: false, issue: tooLargeIssue(fileName, length, maxFileBytes), size: length };
    return { ok: true, data: data.subarray(0, length) };
  } catch (error) {
    return { ok: false, issue: openIssue(fileName, error), size: 0 };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A FIFO, device or socket: said so (file.not-regular), with the kind for machines. */
function notRegularIssue(fileName: string, info: Stats): Issue {
  if (info.isDirectory()) return fileIssue('file.is-folder', fileName);
  const kind = info.isFIFO() ? 'fifo' : info.isSocket() ? 'socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'other';
  return fileIssue('file.not-regular', fileName, { kind });
}

/** Why a file could not be opened or read, in the catalog's words; the system's error code for anything else. */
function openIssue(fileName: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileIssue('file.not-found', fileName);
  if (code === 'EISDIR') return fileIssue('file.is-folder', fileName);
  if (code === 'EACCES' || code === 'EPERM') return fileIssue('file.no-permission', fileName);
  // ENXIO: a socket (or a FIFO without a reader on some systems) cannot be opened as a file.
  if (code === 'ENXIO') return fileIssue('file.not-regular', fileName, { kind: 'socket' });
  return fileIssue('file.read-failed', fileName, { errno: code });
}

/** Why the fast reader refuses the file or one of its sheets (screened, cells not kept); undefined when it does not. */
function screenIssue(data: Uint8Array, fileName: string, limits: ReadLimits): Issue | undefined {
  const fast = readWorkbookFast(data, fileName, limits, { codecs: nodeCodecs });
  if (!fast.ok) return fast.issue;
  return isFastWorkbook(fast.workbook) ? fast.workbook.screenSheets() : undefined;
}
