import type ExcelJS from 'exceljs';
import { embeddedSpecRows } from '../../core/spec/embed-spec.js';
import { specFingerprint } from '../../core/spec/spec-fingerprint.js';
import { META_SHEET_NAME } from '../../core/grid/template-sheet-names.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { protectWithoutPassword } from './protect-sheet.js';

export { META_SHEET_NAME };

/**
 * Adds the very hidden `_meta` sheet: key in column A, value in column B. It
 * names the template (id, version, fingerprint) and carries the spec itself,
 * so the add-in and the pages check the workbook by the spec it was made
 * from, and a merge can say what differs in a file of another version.
 */
export function addMetaSheet(wb: ExcelJS.Workbook, spec: TemplateSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  ws.addRow(['templateId', spec.id]);
  ws.addRow(['version', spec.version]);
  ws.addRow(['fingerprint', specFingerprint(spec)]);
  for (const row of embeddedSpecRows(spec)) ws.addRow(row);
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 24;
  // Not secret, only kept out of the way: protected like the table, without a password.
  protectWithoutPassword(ws);
  return ws;
}
