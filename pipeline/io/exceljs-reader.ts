import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { workbookGridsFromExcelJS } from '../../core/grid/exceljs-grid.js';
import { fileIssue } from '../../core/xlsx/file-issue.js';
import { findCachedEmptyStrings } from '../../core/grid/exceljs-cached-empty-strings.js';
import type { ReadWorkbookResult } from '../../core/xlsx/read-workbook-result.js';

const ZIP_MAGIC = [0x50, 0x4b];

/** Why exceljs could not load the bytes, in words a statistician can pass on (both languages in one line). */
/** Why exceljs could not read the file, in Chinese and English (exceljs's own words go to `detail`, for machines only). */
function unreadableReason(bytes: Uint8Array, error: unknown): Record<string, string> {
  if (bytes.length === 0) return { reasonZh: '文件为空 (0 字节)', reasonEn: 'the file is empty (0 bytes)' };
  if (bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
    return { reasonZh: '文件内容不是 .xlsx 压缩包格式', reasonEn: 'the content is not an .xlsx (zip) archive' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { reasonZh: '工作簿结构无法解析', reasonEn: 'the workbook structure could not be parsed', detail: detail.split('\n')[0] };
}

function hasWorkbookPart(bytes: Uint8Array): boolean {
  let found = false;
  try {
    // The filter sees every entry name and inflates nothing.
    unzipSync(bytes, {
      filter: (entry) => {
        if (/(^|\/)workbook\.xml$/i.test(entry.name)) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

/**
 * Reads an .xlsx with exceljs into the core's WorkbookGrids. Never throws for a
 * bad file: anything exceljs refuses becomes a `file.exceljs-refused` issue.
 * @example const r = await readWorkbookWithExcelJS(await readFile(p), '城关区.xlsx'); if (r.ok) r.workbook.sheetNames
 */
export async function readWorkbookWithExcelJS(bytes: Uint8Array, fileName: string): Promise<ReadWorkbookResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for its own Buffer interface; a Node Buffer over the same memory satisfies it.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return {
      ok: false,
      issue: fileIssue('file.exceljs-refused', fileName, unreadableReason(bytes, error)),
    };
  }
  // exceljs accepts any zip, yielding a workbook without sheets. Without a workbook part it is no
  // workbook at all; with one, exceljs merely failed to see the sheets (e.g. prefixed XML), and
  // the empty sheet list stands, as the fast reader's corpus test documents.
  if (workbook.worksheets.length === 0 && !hasWorkbookPart(bytes)) {
    return {
      ok: false,
      issue: fileIssue('file.exceljs-refused', fileName, { reasonZh: '压缩包中没有工作表，不是 Excel 工作簿', reasonEn: 'the archive holds no worksheet; it is not an Excel workbook' }),
    };
  }
  return { ok: true, workbook: workbookGridsFromExcelJS(workbook, { cachedEmptyStrings: findCachedEmptyStrings(bytes) }) };
}
