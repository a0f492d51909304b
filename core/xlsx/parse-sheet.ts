import type { CellRange, RawCell, RawValue } from '../grid/grid.js';
import { a1, parseA1 } from '../grid/address.js';
import type { ReadLimits } from './read-limits.js';
import { decodeEscapes } from './decode-escapes.js';
import { ReadRefusal, fileIssue, withinStringLimit } from './file-issue.js';
import { attribute, isSpreadsheetMl, withXmlFallback, type XmlParser, type XmlSource } from './parse-xml.js';
import { translateFormula } from './translate-formula.js';

/** What one worksheet part holds once read: cell values only, never the XML. */
export interface SheetContent {
  /** Keyed by `cellKey(row, col)`; only cells with a value or a formula. */
  cells: Map<number, RawCell>;
  /** Last row and column holding a value or a formula, or covered by a merge. */
  rowCount: number;
  colCount: number;
  merges: CellRange[];
  protected: boolean;
  /** How many shared strings the sheet's `t="s"` cells need (highest index + 1; 0 when none). */
  sharedStringsNeeded: number;
  /**
   * Kept cells whose shared string is still to be looked up, as cell, index …
   * (only when the table was not read up front: see SheetContext.sharedStringCount).
   */
  pendingStrings?: (RawCell | number)[];
  /** The shared-string index of each kept string cell, in the order kept (only when SheetContext.recordStrings). */
  keptStrings?: number[];
}

/** Map key of a cell: rows and columns are 1-based, columns at most 16,384. */
export function cellKey(row: number, col: number): number {
  return (row - 1) * 16384 + (col - 1);
}

export interface SheetContext {
  fileName: string;
  sheetName: string;
  part: string;
  sharedStrings: readonly string[] | undefined;
  /**
   * When `sharedStrings` is undefined but the part has a table of this many
   * strings (too large to hold, read again later for the kept cells): indices
   * are checked against the count, and kept cells are listed in `pendingStrings`.
   */
  sharedStringCount?: number;
  /** Cells right of this column are checked and counted but not kept (default: all); merges likewise. */
  keepColumns?: number;
  /** Number format per style index (undefined: General). */
  styles: readonly (string | undefined)[];
  limits: ReadLimits;
  /**
   * Screen only: every check and refusal as in a full read, but no cell is
   * kept (the result's `cells` stays empty), for sheets read only so that a
   * bad part anywhere refuses the file.
   */
  screenOnly?: boolean;
  /** List the shared strings the kept cells took (SheetContent.keptStrings), so the content can be reused (sheet-memo.ts). */
  recordStrings?: boolean;
}

type Capture = 'none' | 'v' | 'f' | 't';

/** Excel's own grid: 1,048,576 rows by 16,384 columns (XFD). */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLS = 16_384;

/**
 * Reads a worksheet part: `<c r t s>` with `<v>`, `<f>` (shared formulas are
 * translated from their anchor), inline strings, merges, protection and the
 * declared dimension. Cells without `r` (and rows without `r`) follow the
 * previous one, as the schema allows; an `r` that is not a valid reference, a
 * number or shared-string index not written as Excel writes it refuse the file
 * (each with its own code naming the cell). Throws ReadRefusal.
 */
export function parseSheet(xml: XmlSource, ctx: SheetContext): SheetContent {
  return withXmlFallback((parse) => readSheet(parse, xml, ctx));
}

function readSheet(parse: XmlParser, xml: XmlSource, ctx: SheetContext): SheetContent {
  const { limits, fileName, sheetName, part } = ctx;
  const screenOnly = ctx.screenOnly === true;
  const keepColumns = screenOnly ? 0 : ctx.keepColumns ?? EXCEL_MAX_COLS;
  const stringCount = ctx.sharedStrings?.length ?? ctx.sharedStringCount;
  const deferStrings = ctx.sharedStrings === undefined && ctx.sharedStringCount !== undefined;
  // A captured value, formula or text run longer than any string Excel writes (with `_xHHHH_` escapes) is refused
  // as it grows, so no element's text is ever held past this.
  const captureLimit = limits.maxStringLength * 8;
  let keptText = 0;
  let keptMerges = 0;
  let pendingIndex = -1;
  // The shared-string index of the cell being finished (-1: not a shared string).
  let stringIndex = -1;
  const content: SheetContent = { cells: new Map(), rowCount: 0, colCount: 0, merges: [], protected: false, sharedStringsNeeded: 0 };
  const keptStrings: number[] | undefined = ctx.recordStrings === true ? (content.keptStrings = []) : undefined;
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  let row = 0;
  let col = 0;
  // The cell being read.
  let type = '';
  let style = -1;
  let value: string | undefined;
  let formula: string | undefined;
  let sharedId: string | undefined;
  let inline: string | undefined;
  let inInline = false;
  let phonetic = 0;
  let capture: Capture = 'none';
  let text = '';

  const refuseRows = (r: number): never => {
    throw new ReadRefusal(fileIssue('file.sheet-too-large', fileName, { sheet: sheetName, rows: r, limit: limits.maxRows }));
  };
  const refuseCols = (c: number): never => {
    throw new ReadRefusal(fileIssue('file.sheet-too-wide', fileName, { sheet: sheetName, cols: c, limit: limits.maxCols }));
  };
  const checkSize = (r: number, c: number): void => {
    if (r > limits.maxRows) refuseRows(r);
    if (c > limits.maxCols) refuseCols(c);
  };
  // Formatted but empty cells cost nothing (they are not kept), so only indices past Excel's own grid are refused
  // on sight; the limits apply to the cells that hold something (see finishCell).
  const checkGrid = (r: number, c: number): void => {
    if (r > EXCEL_MAX_ROWS) refuseRows(r);
    if (c > EXCEL_MAX_COLS) refuseCols(c);
  };
  const refuseCell = (code: string, values: Record<string, string | number> = {}): never => {
    throw new ReadRefusal(fileIssue(code, fileName, { sheet: sheetName, part, cell: a1(row, col), ...values }));
  };
  const refuseRef = (code: string, ref: string): never => {
    throw new ReadRefusal(fileIssue(code, fileName, { sheet: sheetName, part, ref }));
  };
  // The row's own `r`, when it has one: a cell of that row must be in it.
  let rowDeclared = false;
  let keptCells = 0;
  const checkLength = (s: string): string => withinStringLimit(s, limits.maxStringLength, fileName, part);

  const finishCell = (): void => {
    const keep = col <= keepColumns;
    pendingIndex = -1;
    stringIndex = -1;
    const raw = cellValue();
    const hasFormula = formula !== undefined;
    if (raw.type === 'blank' && !hasFormula) return;
    checkSize(row, col);
    if (row > content.rowCount) content.rowCount = row;
    if (col > content.colCount) content.colCount = col;
    // Outside the kept columns the cell has been checked (reference, value, index) and counted: nothing is built.
    if (!keep) return;
    const cell: RawCell = { value: raw };
    if (hasFormula) {
      let text = formula ?? '';
      if (sharedId !== undefined) {
        const anchor = sharedFormulas.get(sharedId);
        if (text !== '' && !anchor) sharedFormulas.set(sharedId, { formula: text, row, col });
        else if (text === '' && anchor) text = translateFormula(anchor.formula, row - anchor.row, col - anchor.col);
      }
      cell.formula = text;
      if (value === undefined || (value === '' && type !== 'str')) cell.uncachedFormula = true;
    }
    const numFmt = style >= 0 ? ctx.styles[style] : undefined;
    if (numFmt !== undefined) cell.numFmt = numFmt;
    if (++keptCells > limits.maxCells) {
      throw new ReadRefusal(fileIssue('file.too-many-cells', fileName, { sheet: sheetName, part, limit: limits.maxCells }));
    }
    keepText((raw.type === 'string' ? raw.value.length : 0) + (cell.formula?.length ?? 0));
    if (pendingIndex >= 0) (content.pendingStrings ??= []).push(cell, pendingIndex);
    if (keptStrings !== undefined && stringIndex >= 0) keptStrings.push(stringIndex);
    content.cells.set(cellKey(row, col), cell);
  };
  const keepText = (length: number): void => {
    keptText += length;
    if (keptText > limits.maxKeptText) {
      throw new ReadRefusal(fileIssue('file.too-much-text', fileName, { sheet: sheetName, part, limit: limits.maxKeptText }));
    }
  };

  const cellValue = (): RawValue => {
    switch (type) {
      case 's': {
        if (value === undefined) return { type: 'blank' };
        const text = trimXmlSpace(value);
        if (text === '') return { type: 'blank' };
        if (!isDigits(text)) return refuseCell('file.bad-shared-string-index', { text: value });
        const index = Number(text);
        if (index >= (stringCount ?? 0)) return refuseCell('file.shared-string-missing', { index: text, count: stringCount ?? 0 });
        if (index >= content.sharedStringsNeeded) content.sharedStringsNeeded = index + 1;
        stringIndex = index;
        if (deferStrings) {
          // Looked up once the sheet is read, for the kept cells only (FastWorkbook).
          pendingIndex = index;
          return { type: 'string', value: '' };
        }
        return { type: 'string', value: (ctx.sharedStrings as readonly string[])[index] };
      }
      case 'inlineStr':
        if (inline !== undefined) return { type: 'string', value: checkLength(decodeEscapes(inline)) };
        return value === undefined ? { type: 'blank' } : { type: 'string', value: checkLength(decodeEscapes(value)) };
      case 'str':
        return value === undefined ? { type: 'blank' } : { type: 'string', value: checkLength(decodeEscapes(value)) };
      case 'b': {
        if (value === undefined || value === '') return { type: 'blank' };
        const text = trimXmlSpace(value);
        if (text === '1' || text === 'true') return { type: 'boolean', value: true };
        if (text === '0' || text === 'false') return { type: 'boolean', value: false };
        return refuseCell('file.bad-boolean', { text: checkLength(value) });
      }
      case 'e':
        return value === undefined || value === '' ? { type: 'blank' } : { type: 'error', value: value.trim() };
      case 'd': {
        if (value === undefined || value.trim() === '') return { type: 'blank' };
        const serial = isoToSerial(value.trim());
        return serial === undefined ? { type: 'string', value: checkLength(value) } : { type: 'date', serial };
      }
      case '':
      case 'n': {
        if (value === undefined) return { type: 'blank' };
        const text = trimXmlSpace(value);
        if (text === '') return { type: 'blank' };
        // XML Schema's double as Excel writes it: no hex, octal or binary (which Number() would take), no words.
        if (!isDecimalNumber(text)) {
          return refuseCell(INFINITY_WORD.test(text) ? 'file.number-out-of-range' : 'file.bad-number', { text: checkLength(value) });
        }
        const n = Number(text);
        return Number.isFinite(n) ? { type: 'number', value: n } : refuseCell('file.number-out-of-range', { text });
      }
      default:
        return refuseCell('file.bad-cell-type', { type: checkLength(type) });
    }
  };

  parse(xml, fileName, part, {
    open(name, attributes, selfClosing, namespace) {
      // Elements of other namespaces (extensions, a foreign `c`) are not SpreadsheetML's, whatever their local name.
      if (!isSpreadsheetMl(namespace)) return;
      switch (name) {
        case 'row': {
          const r = attribute(attributes, 'r');
          if (r === undefined) {
            row++;
            rowDeclared = false;
          } else {
            if (!isDigits(r) || r.charCodeAt(0) === 48) refuseRef('file.bad-row-ref', checkLength(r));
            row = Number(r);
            rowDeclared = true;
          }
          col = 0;
          checkGrid(row, 0);
          return;
        }
        case 'c': {
          const ref = attribute(attributes, 'r');
          if (ref !== undefined) {
            // A reference that is not a valid A1 address refuses the file: placing the cell by position would be a guess.
            if (!readCellRef(ref)) refuseRef('file.bad-cell-ref', checkLength(ref));
            if (rowDeclared && refRow !== row) throw new ReadRefusal(fileIssue('file.cell-row-mismatch', fileName, { sheet: sheetName, part, cell: ref, row }));
            row = refRow;
            col = refCol;
          } else {
            if (row === 0) row = 1;
            col++;
          }
          checkGrid(row, col);
          type = attribute(attributes, 't') ?? '';
          const s = attribute(attributes, 's');
          style = s !== undefined && isDigits(s) ? Number(s) : -1;
          value = undefined;
          formula = undefined;
          sharedId = undefined;
          inline = undefined;
          inInline = false;
          return;
        }
        case 'v':
          value = '';
          if (!selfClosing) startCapture('v');
          return;
        case 'f':
          formula = '';
          if (attribute(attributes, 't') === 'shared') sharedId = attribute(attributes, 'si');
          if (!selfClosing) startCapture('f');
          return;
        case 'is':
          inInline = true;
          inline = '';
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inInline && phonetic === 0 && !selfClosing) startCapture('t');
          return;
        case 'dimension': {
          // Gnumeric and others declare the whole grid (A1:XFD1048576), so a claim within Excel's grid is only
          // advisory: the cells themselves are checked. A claim past Excel's own grid is not a real sheet.
          const ref = attribute(attributes, 'ref') ?? '';
          const last = parseA1(ref.split(':').pop() ?? '');
          if (last) checkGrid(last.row, last.col);
          return;
        }
        case 'mergeCell': {
          const [from, to] = (attribute(attributes, 'ref') ?? '').split(':');
          const top = parseA1(from ?? '');
          const bottom = parseA1(to ?? from ?? '');
          if (top && bottom) {
            const merge = {
              top: Math.min(top.row, bottom.row),
              left: Math.min(top.col, bottom.col),
              bottom: Math.max(top.row, bottom.row),
              right: Math.max(top.col, bottom.col),
            };
            // The used extent covers merged ranges too (a merged title is part of the table), as in the exceljs
            // adapter; a merge past the limits does not stretch it, so a stray A1:XFD1048576 cannot make callers
            // loop over the grid. Only merges reaching into the kept columns are kept, and counted.
            if (merge.bottom <= limits.maxRows && merge.right <= limits.maxCols) {
              if (merge.bottom > content.rowCount) content.rowCount = merge.bottom;
              if (merge.right > content.colCount) content.colCount = merge.right;
            }
            if (merge.left <= keepColumns) {
              if (++keptMerges > limits.maxMerges) {
                throw new ReadRefusal(fileIssue('file.too-many-merges', fileName, { sheet: sheetName, part, limit: limits.maxMerges }));
              }
              content.merges.push(merge);
            }
          }
          return;
        }
        case 'sheetProtection': {
          const sheet = attribute(attributes, 'sheet');
          content.protected = sheet === '1' || sheet === 'true';
          return;
        }
        default:
      }
    },
    close(name, namespace) {
      if (!isSpreadsheetMl(namespace)) return;
      switch (name) {
        case 'v':
          if (capture === 'v') value = endCapture();
          return;
        case 'f':
          if (capture === 'f') formula = endCapture();
          return;
        case 't':
          if (capture === 't') inline = (inline ?? '') + endCapture();
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          finishCell();
          return;
        default:
      }
    },
    text(chunk) {
      if (capture === 'none') return;
      text += chunk;
      if (text.length > captureLimit) withinStringLimit(text, captureLimit, fileName, part);
    },
    wantsText: () => capture !== 'none',
  });
  return content;

  function startCapture(kind: Capture): void {
    capture = kind;
    text = '';
  }
  function endCapture(): string {
    capture = 'none';
    return text;
  }
}

/** `/^\d+$/` as a loop: it runs for every row and cell. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

let refRow = 0;
let refCol = 0;

/**
 * `B12` → refRow 12, refCol 2 (module state: this runs once per cell, so no
 * object is allocated). Only a reference as Excel writes it is valid: one to
 * three capital letters, then a row number without leading zeros; one past
 * Excel's grid (XFE1, A1048577) is then refused as too wide or too long.
 */
function readCellRef(ref: string): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === ref.length || ref.charCodeAt(i) === 48 || ref.length - i > 9) return false;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  refRow = row;
  refCol = col;
  return true;
}

/**
 * XML Schema's double without INF and NaN, what Excel writes in `<v>`:
 * `[+-]? (digits (. digits?)? | . digits) ([eE] [+-]? digits)?`. A loop, not a
 * regular expression: it runs for every number cell.
 */
function isDecimalNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i);
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = text.charCodeAt(++i);
  }
  if (c === 46) {
    c = text.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exponent = 0;
    while (c >= 48 && c <= 57) {
      exponent++;
      c = text.charCodeAt(++i);
    }
    if (exponent === 0) return false;
  }
  return i === n;
}
const INFINITY_WORD = /^[+-]?(?:INF|Infinity)$/i;

/** Leading and trailing XML whitespace (space, tab, CR, LF) removed, as XML Schema's `collapse` does for numbers. */
function trimXmlSpace(text: string): string {
  let start = 0;
  let end = text.length;
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  while (start < end && space(text.charCodeAt(start))) start++;
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** `2021-03-04`, `2021-03-04T05:06:07(.sss)(Z)` or `T05:06:07` → a 1900-system serial (times as fractions). */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const days =
    m[1] === undefined ? 0 : (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const seconds = m[4] === undefined ? 0 : Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0) + Number(m[7] ?? 0);
  // Serials before 1 March 1900 are one lower: Excel counts the non-existent 29 February 1900.
  const serial = days + seconds / 86_400;
  return m[1] !== undefined && serial < 61 && serial >= 1 ? serial - 1 : serial;
}
