/**
 * Why a file found among the inputs is not read: an Office lock file `~$…`, a
 * hidden file, not a workbook, or not a regular file at all (a named pipe, a
 * device or a socket, which the folder walk finds but never opens).
 */
export type SkipReason = 'lock-file' | 'hidden' | 'not-workbook' | 'not-regular';

/** A file found among the inputs and not read, named as outputs name it. */
export interface SkippedInput {
  name: string;
  reason: SkipReason;
}

/** Extensions worth opening: .xlsx/.xlsm are read; the others are opened only to say "save as .xlsx". */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.ods']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Why a file of this base name is skipped, or undefined when it is opened.
 * The same sorting for a folder walked in Node and one dropped on the page.
 * @example skipReason('~$城区.xlsx') // 'lock-file'
 */
export function skipReason(baseName: string): SkipReason | undefined {
  if (baseName.startsWith('~$')) return 'lock-file';
  if (baseName.startsWith('.')) return 'hidden';
  if (!WORKBOOK_EXTENSIONS.has(extensionOf(baseName))) return 'not-workbook';
  return undefined;
}
