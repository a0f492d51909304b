import type { HeaderField, HeaderFieldKey } from '../spec/template-spec.js';
import { a1 } from './address.js';
import { cellText } from './cell-text.js';
import type { ExtractedHeaderField } from './extracted.js';
import type { Grid, RawCell } from './grid.js';
import { mergeIndexOf, type MergeIndex } from './merge-index.js';
import { normaliseLabel } from './normalise-label.js';
import { parsePeriod } from './parse-header-values.js';
import type { PreparedSpec } from './prepared-spec.js';
import { TEMPLATE_SCAN_COLS } from './find-table.js';

const HEADER_SCAN_COLS = TEMPLATE_SCAN_COLS;
const COLON = /[:：]/;

/** A header field as found, with the raw value cell when the value has a cell of its own (to read 2024 as a number). */
export interface FoundHeaderField extends ExtractedHeaderField {
  valueRaw?: RawCell;
}

export interface RowSpan {
  top: number;
  bottom: number;
}

interface LabelHit {
  field: HeaderField;
  /** Found by the field's own label rather than an alias (`单位：万元` is an alias hit that must not win). */
  primary: boolean;
  /** Set when label and value share one cell: `填报单位：某某县总工会`. */
  inlineValue?: string;
}

/**
 * Header fields found by label within the given rows (the block above the
 * table, then the rows below it): the value is the next non-empty cell to the
 * right (past the label's own merge, stopping at another label), else the cell
 * below, else the text after a colon in the label cell itself. A field whose
 * label is there but whose value is blank has `text: null` and points at the
 * cell to fill; a later occurrence with a value wins over it.
 */
export function findHeaderFields(grid: Grid, prepared: PreparedSpec, spans: readonly RowSpan[]): Partial<Record<HeaderFieldKey, FoundHeaderField>> {
  const merges = mergeIndexOf(grid);
  const lastCol = Math.min(grid.colCount, HEADER_SCAN_COLS);
  const found: Partial<Record<HeaderFieldKey, FoundHeaderField>> = {};
  const labelAt = (text: string): LabelHit | undefined => {
    const label = normaliseLabel(text);
    const field = prepared.headerByLabel.get(label);
    if (field) return { field, primary: prepared.primaryHeaderLabels.has(label) };
    const colon = COLON.exec(text);
    if (!colon) return undefined;
    const left = normaliseLabel(text.slice(0, colon.index));
    const inline = prepared.headerByLabel.get(left);
    return inline && { field: inline, primary: prepared.primaryHeaderLabels.has(left), inlineValue: text.slice(colon.index + 1).trim() };
  };
  const foundByPrimary = new Set<HeaderFieldKey>();

  // A value cell is not also a label: `统计期 | 年度` must not make 年度 (an alias of 统计年度) a label.
  const consumed = new Set<string>();
  /** Whether `text` beside the label of `field` is another label rather than this field's value. */
  const isLabelNotValue = (field: HeaderField, text: string): boolean =>
    labelAt(text) !== undefined && !(field.key === 'period' && parsePeriod(text, prepared) !== undefined);

  for (const span of spans) {
    const bottom = Math.min(span.bottom, grid.rowCount);
    for (let r = Math.max(1, span.top); r <= bottom; r++) {
      for (let c = 1; c <= lastCol; c++) {
        if (merges.isCovered(r, c) || consumed.has(a1(r, c))) continue;
        const text = cellText(grid.cell(r, c));
        if (text === '') continue;
        const hit = labelAt(text);
        if (!hit) continue;
        const key = hit.field.key;
        const previous = found[key];
        // A value found by the field's own label is final; one found by an alias yields to the own label.
        if (previous && previous.text !== null && (foundByPrimary.has(key) || !hit.primary)) continue;
        const field = valueOf(grid, merges, hit, r, c, { lastCol, bottom }, (text) => isLabelNotValue(hit.field, text));
        if (field.text !== null && field.cell && field.cell !== field.labelCell) consumed.add(field.cell);
        if (!previous || field.text !== null || (hit.primary && !foundByPrimary.has(key))) {
          found[key] = field;
          if (hit.primary) foundByPrimary.add(key);
          else foundByPrimary.delete(key);
        }
      }
    }
  }
  return found;
}

function valueOf(
  grid: Grid,
  merges: MergeIndex,
  hit: LabelHit,
  row: number,
  col: number,
  limits: { lastCol: number; bottom: number },
  isLabel: (text: string) => boolean,
): FoundHeaderField {
  const key = hit.field.key;
  const labelCell = a1(row, col);
  if (hit.inlineValue) return { key, text: hit.inlineValue, cell: labelCell, labelCell };

  const own = merges.rangeAt(row, col);
  const firstCol = (own ? own.right : col) + 1;
  let besideIsLabel = false;
  for (let c = firstCol; c <= limits.lastCol; c++) {
    if (merges.isCovered(row, c)) continue;
    const raw = grid.cell(row, c);
    const text = cellText(raw);
    if (text === '') continue;
    if (isLabel(text)) {
      besideIsLabel = c === firstCol;
      break;
    }
    return { key, text, cell: a1(row, c), labelCell, valueRaw: raw };
  }

  const below = (own ? own.bottom : row) + 1;
  if (below <= limits.bottom && !merges.isCovered(below, col)) {
    const raw = grid.cell(below, col);
    const text = cellText(raw);
    if (text !== '' && !isLabel(text)) return { key, text, cell: a1(below, col), labelCell, valueRaw: raw };
  }
  // Blank value: point at the cell beside the label, where the generator puts it.
  return { key, text: null, cell: besideIsLabel ? undefined : a1(row, firstCol), labelCell };
}
