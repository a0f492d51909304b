import { cellText } from '../../../core/grid/cell-text.js';
import { decodeRosterBytes, parseRosterCsv, type ParseRosterResult } from '../../../core/roster/parse-roster-csv.js';
import { DEFAULT_READ_LIMITS } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { t } from '../../i18n/ui-text.js';

/** A CSV field, quoted when it must be (the roster's rows pass through parseRosterCsv unchanged). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The roster from its file: .csv (UTF-8 or GBK, as the CLI reads it) or .xlsx
 * (the first visible sheet, rows as the fast reader shows them, parsed by the
 * same rules as a CSV roster, so problems name the same lines).
 */
export function parseRosterFile(name: string, bytes: Uint8Array): ParseRosterResult {
  if (!/\.xlsx$/i.test(name)) return parseRosterCsv(decodeRosterBytes(bytes));
  const read = readWorkbookFast(bytes, name.split('/').pop()!, DEFAULT_READ_LIMITS);
  if (!read.ok) return { ok: false, problems: [{ zh: `${read.issue.message.zh}${read.issue.hint.zh}`, en: `${read.issue.message.en} ${read.issue.hint.en}` }] };
  const grids = read.workbook;
  const sheet = grids.sheetNames.find((n) => !grids.hiddenSheets?.has(n)) ?? grids.sheetNames[0];
  const grid = sheet ? grids.sheet(sheet) : undefined;
  if (!grid) return { ok: false, problems: [{ zh: t('rosterEmpty', 'zh'), en: t('rosterEmpty', 'en') }] };
  const lines: string[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(csvField(cellText(grid.cell(r, c)).trim()));
    lines.push(row.join(','));
  }
  return parseRosterCsv(lines.join('\n'));
}
