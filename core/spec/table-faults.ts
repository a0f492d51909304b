import type { Indicator } from './template-spec.js';

/** Sheets the template adds beside its tables (core/grid/template-sheet-names.ts): no table may take their names. */
export const RESERVED_SHEETS: readonly string[] = ['_meta', '填表说明'];
/** Characters Excel refuses in a sheet name. */
export const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** A sheet name as Excel compares them (case-insensitive), and as our readers do (width, spaces). */
export const sheetNameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export interface TableFault {
  path: (string | number)[];
  message: string;
}

interface TablesShape {
  sheetName: string;
  sections: { id: string }[];
  indicators: Indicator[];
  tables?: { id: string; sheetName: string; sections: string[] }[];
}

/**
 * What is wrong with a spec's `tables`: ids and sheet names unique (sheet
 * names as Excel compares them, and not a name the template uses itself),
 * every section in exactly one table, the first table on the spec's
 * `sheetName`, and an indicator's parent and derivation parts in its own table
 * (a 其中 row and a rate's formula live on one sheet). Codes stay unique across
 * tables, so 审核公式 may cross tables freely.
 */
export function tableFaults(spec: TablesShape): TableFault[] {
  const tables = spec.tables;
  if (!tables) return [];
  const faults: TableFault[] = [];
  const ids = new Set<string>();
  const sheets = new Set<string>();
  const tableOf = new Map<string, number>();
  const known = new Set(spec.sections.map((s) => s.id));
  tables.forEach((t, i) => {
    if (ids.has(t.id)) faults.push({ path: ['tables', i, 'id'], message: `duplicate table id ${t.id}` });
    ids.add(t.id);
    const key = sheetNameKey(t.sheetName);
    if (sheets.has(key)) faults.push({ path: ['tables', i, 'sheetName'], message: `two tables on the sheet ${t.sheetName}` });
    sheets.add(key);
    if (RESERVED_SHEETS.some((r) => sheetNameKey(r) === key)) faults.push({ path: ['tables', i, 'sheetName'], message: `the sheet name ${t.sheetName} is the template's own` });
    if (BAD_SHEET_CHARS.test(t.sheetName)) faults.push({ path: ['tables', i, 'sheetName'], message: `the sheet name ${t.sheetName} has a character Excel refuses` });
    t.sections.forEach((s, j) => {
      if (!known.has(s)) faults.push({ path: ['tables', i, 'sections', j], message: `unknown section ${s}` });
      else if (tableOf.has(s)) faults.push({ path: ['tables', i, 'sections', j], message: `section ${s} is in two tables` });
      else tableOf.set(s, i);
    });
  });
  spec.sections.forEach((s, i) => {
    if (!tableOf.has(s.id)) faults.push({ path: ['sections', i, 'id'], message: `section ${s.id} is in no table` });
  });
  if (tables.length > 0 && tables[0].sheetName !== spec.sheetName) {
    faults.push({ path: ['sheetName'], message: `sheetName must be the first table's sheet (${tables[0].sheetName})` });
  }
  const tableOfCode = new Map(spec.indicators.map((ind) => [ind.code, tableOf.get(ind.section)]));
  spec.indicators.forEach((ind, i) => {
    const own = tableOf.get(ind.section);
    const apart = (code: string | undefined) => code !== undefined && tableOfCode.has(code) && tableOfCode.get(code) !== own;
    if (apart(ind.parent)) faults.push({ path: ['indicators', i, 'parent'], message: `the parent ${ind.parent} is in another table` });
    if (ind.derive && (apart(ind.derive.numerator) || apart(ind.derive.denominator))) {
      faults.push({ path: ['indicators', i, 'derive'], message: `${ind.code} is computed from an indicator of another table` });
    }
  });
  return faults;
}
