import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { readWorkbookFast } from './read-workbook-fast.js';
import type { ReadWorkbookResult } from './read-workbook-result.js';

export type ScreenResult = ReadWorkbookResult;

/**
 * What every reader of a submission does first, in Node and in the browser:
 * recognise the file by its bytes (.xls, .et, encrypted, .ods, text), then read
 * every sheet with the guarded reader (zip bomb, DOCTYPE, sizes), so a refused
 * part anywhere refuses the whole file with the same words everywhere.
 * @example screenWorkbookBytes(bytes, '东城区.xlsx').ok
 */
export function screenWorkbookBytes(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): ScreenResult {
  // readWorkbookFast recognises the file by its bytes before it opens the zip.
  return readWorkbookFast(bytes, fileName, limits, { preload: 'all' });
}
