import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseWorkbook } from '../core/xlsx/parse-workbook.js';
import { parseRelationships, relsPartFor } from '../core/xlsx/relationships.js';

const WORKBOOK_PART = 'xl/workbook.xml';

/**
 * The zip part of a named sheet, found through the workbook's own index
 * (workbook.xml → its relationships), as the raw baseline is told once before
 * it is timed. The generated workbooks all share it.
 */
export function findSheetPart(path: string, sheetName: string): string {
  const relsPart = relsPartFor(WORKBOOK_PART);
  const zip = unzipSync(readFileSync(path), { filter: (f) => f.name === WORKBOOK_PART || f.name === relsPart });
  const name = basename(path);
  const workbook = parseWorkbook(strFromU8(zip[WORKBOOK_PART]), name, WORKBOOK_PART);
  const rels = parseRelationships(strFromU8(zip[relsPart]), WORKBOOK_PART, name, relsPart);
  const id = workbook.sheets.find((s) => s.name === sheetName)?.relationshipId;
  const target = rels.find((r) => r.id === id)?.target;
  if (id === undefined || target === undefined) throw new Error(`${path}: no sheet named ${sheetName}`);
  return target;
}
