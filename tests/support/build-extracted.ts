import type { CellReading } from '../../core/cells/cell-reading.js';
import { a1 } from '../../core/grid/address.js';
import type { Extracted, ExtractedHeaderField, ExtractedRow, ExtractedValue } from '../../core/grid/extracted.js';
import type { Issue } from '../../core/issues/issue.js';
import type { HeaderFieldKey, TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';

/**
 * A cell as a test writes it: a number; null or undefined for an empty cell;
 * a none marker (`无`, `—`, `-`, `/`); any other string is unreadable text;
 * or a full CellReading.
 */
export type CellInput = number | null | undefined | string | CellReading;

export interface HeaderInput {
  unitName?: string | null;
  unitCode?: string | null;
  year?: number | null;
  period?: 'annual' | 'half' | null;
  preparer?: string | null;
  phone?: string | null;
  head?: string | null;
  date?: string | null;
}

export interface BuildExtractedInput {
  spec?: TemplateSpec;
  current?: Record<string, CellInput>;
  prior?: Record<string, CellInput>;
  /** 说明 by indicator code. */
  notes?: Record<string, string>;
  /** Header values over the defaults; null blanks a field (label kept, value empty). */
  header?: HeaderInput;
  /** Header fields left out of the sheet altogether (no label either). */
  omitHeader?: HeaderFieldKey[];
  /** Indicator rows left out of the sheet. */
  omitRows?: string[];
  issues?: Issue[];
  sheet?: string;
}

/** Layout: head row 8, indicator n (1-based, spec order) on row 8+n; A code, B name, C unit, D 本年, E 上年, F 增减, G 说明. */
export const HEAD_ROW = 8;
export const COLUMNS = { code: 1, name: 2, unit: 3, current: 4, prior: 5, change: 6, note: 7 } as const;

export const DEFAULT_HEADER: Required<HeaderInput> = {
  unitName: '玄武区总工会',
  unitCode: '320102',
  year: 2024,
  period: 'annual',
  preparer: '王丽',
  phone: '025-84561234',
  head: '李强',
  date: '2025-01-15',
};

const NONE_MARKERS = new Set(['无', '—', '-', '/', '－']);

function readingOf(input: CellInput): CellReading {
  if (input === null || input === undefined) return { state: 'empty' };
  if (typeof input === 'number') return { state: 'number', value: input };
  if (typeof input === 'string') return NONE_MARKERS.has(input) ? { state: 'none', marker: input } : { state: 'invalid', text: input };
  return input;
}

function valueAt(input: CellInput, row: number, col: number): ExtractedValue {
  return { reading: readingOf(input), notes: [], row, col, cell: a1(row, col) };
}

function headerText(key: HeaderFieldKey, value: string | number | null): string | null {
  if (value === null) return null;
  if (key === 'period') return value === 'half' ? '上半年' : '年报';
  return String(value);
}

/** Header field i of the spec sits on row 2 + ⌊i/2⌋: labels in A or D, values in B or E. */
function buildHeader(spec: TemplateSpec, values: Required<HeaderInput>, omit: ReadonlySet<HeaderFieldKey>) {
  const header: Partial<Record<HeaderFieldKey, ExtractedHeaderField>> = {};
  spec.header.forEach((field, i) => {
    if (omit.has(field.key)) return;
    const row = 2 + Math.floor(i / 2);
    const labelCol = i % 2 === 0 ? 1 : 4;
    header[field.key] = {
      key: field.key,
      text: headerText(field.key, values[field.key]),
      cell: a1(row, labelCol + 1),
      labelCell: a1(row, labelCol),
    };
  });
  return header;
}

/**
 * An `Extracted` sheet built directly, as extraction would return it, so rule
 * tests need no workbook. Cells left out of `current`/`prior` are empty.
 * @example buildExtracted({ current: { A01: 100, A02: 120 } }).rows.A02.current.cell // 'D10'
 */
export function buildExtracted(input: BuildExtractedInput = {}): Extracted {
  const spec = input.spec ?? standardSpec;
  const omitRows = new Set(input.omitRows ?? []);
  const rows: Record<string, ExtractedRow> = {};
  spec.indicators.forEach((ind, i) => {
    if (omitRows.has(ind.code)) return;
    const row = HEAD_ROW + 1 + i;
    const note = input.notes?.[ind.code]?.trim() || null;
    rows[ind.code] = {
      code: ind.code,
      row,
      name: ind.name.zh,
      current: valueAt(input.current?.[ind.code], row, COLUMNS.current),
      prior: valueAt(input.prior?.[ind.code], row, COLUMNS.prior),
      note,
      noteCell: a1(row, COLUMNS.note),
    };
  });
  const values: Required<HeaderInput> = { ...DEFAULT_HEADER, ...input.header };
  const omit = new Set(input.omitHeader ?? []);
  const present = (key: HeaderFieldKey) => !omit.has(key) && values[key] !== null;
  const columns = { ...COLUMNS };
  return {
    sheet: input.sheet ?? spec.sheetName,
    meta: { templateId: spec.id, version: spec.version },
    header: buildHeader(spec, values, omit),
    unitCode: present('unitCode') ? (values.unitCode ?? undefined) : undefined,
    unitName: present('unitName') ? (values.unitName ?? undefined) : undefined,
    year: present('year') ? (values.year ?? undefined) : undefined,
    period: present('period') ? (values.period ?? undefined) : undefined,
    headRow: HEAD_ROW,
    columns,
    rows,
    issues: input.issues ?? [],
  };
}

/** A1 of an indicator's cell in the standard layout: cellOf('A01', 'current') → 'D9'. */
export function cellOf(code: string, column: 'current' | 'prior' | 'note', spec: TemplateSpec = standardSpec): string {
  const index = spec.indicators.findIndex((i) => i.code === code);
  if (index < 0) throw new Error(`unknown indicator ${code}`);
  return a1(HEAD_ROW + 1 + index, COLUMNS[column]);
}

/**
 * A realistic, fully valid standard submission (a district union, 2024 annual):
 * every rule passes, rates agree with their parts, year-on-year moves stay under
 * the thresholds. Tests start from it and break one thing.
 */
export const VALID_CURRENT: Record<string, number> = {
  A01: 1250, A02: 1080, A03: 86.4, A04: 186500, A05: 160300, A06: 86.0, A07: 12600, A08: 41200, A09: 56,
  B01: 920, B02: 810, B03: 88.0, B04: 765, B05: 402, B06: 880, B07: 158000, B08: 960, B09: 88.9, B10: 940, B11: 87.0,
  C01: 1234.56, C02: 612.3, C03: 208.75, C04: 301.41, C05: 112.1, C06: 180, C07: 32000, C08: 2150, C09: 420, C10: 385.8,
};
export const VALID_PRIOR: Record<string, number> = {
  A01: 1180, A02: 1000, A03: 84.7, A04: 179200, A05: 152800, A06: 85.3, A07: 10400, A08: 39800, A09: 48,
  B01: 860, B02: 742, B03: 86.3, B04: 700, B05: 371, B06: 830, B07: 149500, B08: 890, B09: 89.0, B10: 870, B11: 87.0,
  C01: 1136.2, C02: 566, C03: 195.4, C04: 279.3, C05: 95.5, C06: 165, C07: 30500, C08: 2380, C09: 390, C10: 372.52,
};

/** The valid submission with some cells changed (undefined/null empties a cell). */
export function buildValid(overrides: Omit<BuildExtractedInput, 'current' | 'prior'> & {
  current?: Record<string, CellInput>;
  prior?: Record<string, CellInput>;
} = {}): Extracted {
  return buildExtracted({
    ...overrides,
    current: { ...VALID_CURRENT, ...overrides.current },
    prior: { ...VALID_PRIOR, ...overrides.prior },
  });
}
