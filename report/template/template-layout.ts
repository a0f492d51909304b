import { specTables } from '../../core/spec/spec-tables.js';
import type { ColumnKey, HeaderFieldKey, TemplateSpec } from '../../core/spec/template-spec.js';

/** Where one header field sits: its label, and the (possibly merged) value cell beside it. */
export interface HeaderSlot {
  key: HeaderFieldKey;
  row: number;
  labelCol: number;
  valueCol: number;
  /** Last column of the merged value cell (= valueCol when not merged). */
  valueLastCol: number;
}

export interface SectionRow {
  section: string;
  row: number;
}

/**
 * Every position of the template sheet, computed from the spec alone. The
 * builder lays the sheet out from this and fillTemplate finds its cells here,
 * so the two can never disagree.
 */
export interface TemplateLayout {
  sheetName: string;
  /** The table this sheet holds (see core/spec/spec-tables). */
  tableId: string;
  /** The sheet's title row: the spec's title, or the table's when the template has several. */
  title: string;
  /** Only the first table's sheet has the header block (填报单位, 单位代码 …); empty on the others. */
  /** Number of table columns (= spec.columns.length); the title and header span them. */
  width: number;
  titleRow: number;
  header: HeaderSlot[];
  headRow: number;
  /** Column number per table column key, in spec order. */
  columns: Partial<Record<ColumnKey, number>>;
  sectionRows: SectionRow[];
  /** Row per indicator code. */
  rows: Record<string, number>;
  lastRow: number;
}

const TITLE_ROW = 1;
const FIRST_HEADER_ROW = 3;

/**
 * Lays out one table's sheet of the template (the first by default): title
 * in row 1, header pairs from row 3 (two pairs per row when the table is at
 * least four columns wide; on the first table's sheet only), a blank row, the
 * table head, then the table's indicators in spec order, with a section title
 * row wherever the section changes.
 * @example templateLayout(standardSpec).rows.A01 // 10
 */
export function templateLayout(spec: TemplateSpec, tableIndex = 0): TemplateLayout {
  const tables = specTables(spec);
  const table = tables[tableIndex];
  if (!table) throw new Error(`spec ${spec.id} has no table ${tableIndex + 1}`);
  const fields = tableIndex === 0 ? spec.header : [];
  const width = spec.columns.length;
  const pairsPerRow = width >= 4 ? 2 : 1;
  const secondLabelCol = Math.floor(width / 2) + 1;
  const header: HeaderSlot[] = fields.map((field, i) => {
    const row = FIRST_HEADER_ROW + Math.floor(i / pairsPerRow);
    const second = pairsPerRow === 2 && i % 2 === 1;
    const labelCol = second ? secondLabelCol : 1;
    const valueLastCol = second || pairsPerRow === 1 ? width : secondLabelCol - 1;
    return { key: field.key, row, labelCol, valueCol: labelCol + 1, valueLastCol: Math.max(labelCol + 1, valueLastCol) };
  });
  const headerRows = Math.ceil(fields.length / pairsPerRow);
  // Without a header block the head sits below the title and one blank row.
  const headRow = headerRows > 0 ? FIRST_HEADER_ROW + headerRows + 1 : FIRST_HEADER_ROW;

  const columns: Partial<Record<ColumnKey, number>> = {};
  spec.columns.forEach((c, i) => {
    columns[c.key] = i + 1;
  });

  const sectionRows: SectionRow[] = [];
  const rows: Record<string, number> = {};
  let row = headRow;
  let current: string | undefined;
  for (const ind of table.indicators) {
    // Indicators keep spec order; a section title row goes wherever the section changes.
    if (ind.section !== current) {
      current = ind.section;
      sectionRows.push({ section: ind.section, row: ++row });
    }
    rows[ind.code] = ++row;
  }
  const title = tables.length > 1 ? table.title.zh : spec.title.zh;
  return { sheetName: table.sheetName, tableId: table.id, title, width, titleRow: TITLE_ROW, header, headRow, columns, sectionRows, rows, lastRow: row };
}

/** Every table's sheet layout, in table order (one for a spec without tables). */
export function templateLayouts(spec: TemplateSpec): TemplateLayout[] {
  return specTables(spec).map((_, i) => templateLayout(spec, i));
}

/** The layout of the sheet that holds an indicator's row. */
export function layoutOfCode(layouts: readonly TemplateLayout[], code: string): TemplateLayout | undefined {
  return layouts.find((l) => l.rows[code] !== undefined);
}
