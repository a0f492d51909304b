import { createHash } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { classifyWorkbookBytes } from '../../core/xlsx/classify-file.js';
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
  const read = readFileBytes(path);
  if (!read.ok) return { result: { ok: false, issue: read.issue }, sha256: '', bytes: 0 };
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

/**
 * A file's bytes and their SHA-256 (lower-case hex), read once and never
 * written; a file that cannot be read (missing, a directory, no permission) is
 * a `file.unreadable` issue, not a throw.
 */
export function readFileBytes(path: string): { ok: true; data: Uint8Array; sha256: string } | { ok: false; issue: Issue } {
  let data: Uint8Array;
  try {
    // Synchronous: a submission is a few dozen KiB, and fs/promises' readFile costs several thread-pool round trips
    // (open, stat, read, close) per file, a tenth of the read time on a merge's worker threads.
    const buffer = readFileSync(path);
    data = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const reason =
      code === 'ENOENT' ? '文件不存在 / file not found' : code === 'EISDIR' ? '这是一个文件夹 / it is a folder' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限 / permission denied' : String((error as Error)?.message ?? error);
    return { ok: false, issue: fileIssue('file.unreadable', basename(path), { reason }) };
  }
  return { ok: true, data, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Why the fast reader refuses the file or one of its sheets (screened, cells not kept); undefined when it does not. */
function screenIssue(data: Uint8Array, fileName: string, limits: ReadLimits): Issue | undefined {
  const fast = readWorkbookFast(data, fileName, limits, { codecs: nodeCodecs });
  if (!fast.ok) return fast.issue;
  return isFastWorkbook(fast.workbook) ? fast.workbook.screenSheets() : undefined;
}
