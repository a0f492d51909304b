import { cellText } from './cell-text.js';
import type { TemplateMeta } from './extracted.js';
import type { WorkbookGrids } from './grid.js';
import { META_SHEET_NAME } from './template-sheet-names.js';
import { readPrefill } from '../prefill/prefilled-unit.js';
import { EMBEDDED_SPEC_KEYS, MAX_EMBEDDED_SPEC_PARTS, type EmbeddedSpecCells } from '../spec/embedded-spec-format.js';

/** Enough for the identity rows and a pre-filled unit's last-year figures of any reasonable spec. */
const META_SCAN_ROWS = 1000;

/**
 * The template identity written into the workbook, and the unit and last
 * year's figures of a pre-filled template, when the `_meta` sheet is
 * there. Its absence is no problem: LibreOffice and WPS may drop hidden sheets,
 * and the table is what counts.
 */
export function readMeta(workbook: WorkbookGrids): TemplateMeta | undefined {
  const name = workbook.sheetNames.find((n) => n.trim().toLowerCase() === META_SHEET_NAME);
  const grid = name === undefined ? undefined : workbook.sheet(name);
  if (!grid) return undefined;
  const values = new Map<string, string>();
  for (let r = 1; r <= Math.min(grid.rowCount, META_SCAN_ROWS); r++) {
    const key = cellText(grid.cell(r, 1));
    if (key !== '' && !values.has(key)) values.set(key, cellText(grid.cell(r, 2)));
  }
  const templateId = values.get('templateId');
  if (!templateId) return undefined;
  const version = Number(values.get('version'));
  const fingerprint = values.get('fingerprint') || undefined;
  const prefill = readPrefill(values);
  const embedded = embeddedSpecCells(values);
  return {
    templateId,
    version: Number.isFinite(version) ? version : NaN,
    ...(fingerprint ? { fingerprint } : {}),
    ...(embedded ? { embedded } : {}),
    ...(prefill ? { prefill } : {}),
  };
}

/**
 * The carried spec's rows as written, not decoded (a merge decodes only a
 * file of another version). Parts run from `spec.1` while they last; one
 * more than a reader accepts is kept, so the decoder refuses it.
 */
function embeddedSpecCells(values: ReadonlyMap<string, string>): EmbeddedSpecCells | undefined {
  const format = values.get(EMBEDDED_SPEC_KEYS.format);
  if (format === undefined) return undefined;
  const parts: string[] = [];
  for (let i = 1; i <= MAX_EMBEDDED_SPEC_PARTS + 1; i++) {
    const part = values.get(`${EMBEDDED_SPEC_KEYS.partPrefix}${i}`);
    if (part === undefined) break;
    parts.push(part);
  }
  return { format, size: values.get(EMBEDDED_SPEC_KEYS.size) ?? '', parts };
}
