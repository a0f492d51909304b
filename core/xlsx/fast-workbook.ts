import type { RawCell, WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import type { ReadLimits } from './read-limits.js';
import { FastGrid } from './fast-grid.js';
import { ReadRefusal, fileIssue } from './file-issue.js';
import { parseSheet, type SheetContent } from './parse-sheet.js';
import { rememberScreened, screenedBefore } from './screened-parts.js';
import { rememberSheet, seenAgain, sheetReadBefore, type SheetMemoKey } from './sheet-memo.js';
import { pickSharedStrings } from './shared-strings.js';
import type { ZipArchive } from './zip-archive.js';

/** The shared-strings table: its part, how many strings it holds, and the strings when it was small enough to keep whole. */
export interface SharedStringTable {
  part: string;
  count: number;
  strings?: readonly string[];
}

/** A worksheet listed by the workbook: its name and the part holding its cells (undefined when no relationship points to one). */
export interface SheetPartRef {
  name: string;
  part: string | undefined;
}

/**
 * The workbook as the fast reader holds it: the archive, the shared strings and
 * styles; each worksheet is parsed on its first `sheet(name)` and cached. A
 * sheet that cannot be read gives undefined, and `sheetIssue(name)` says why.
 */
export class FastWorkbook implements WorkbookGrids {
  readonly sheetNames: readonly string[];
  readonly hiddenSheets: ReadonlySet<string>;
  private readonly grids = new Map<string, FastGrid>();
  private readonly issues = new Map<string, Issue>();
  /** Sheets that passed screenSheets (their cells were not kept). */
  private readonly screened = new Set<string>();

  constructor(
    private readonly archive: ZipArchive,
    private readonly fileName: string,
    private readonly sheets: readonly SheetPartRef[],
    hidden: ReadonlySet<string>,
    private readonly sharedStrings: SharedStringTable | undefined,
    private readonly styles: readonly (string | undefined)[],
    private readonly limits: ReadLimits,
    /** Serial numbers count from 1904 (the cell reader may need to know). */
    readonly date1904: boolean,
    /** Cells right of this column are checked, not kept (see ReadWorkbookFastOptions.keepColumns). */
    private readonly keepColumns?: number,
  ) {
    this.sheetNames = sheets.map((s) => s.name);
    this.hiddenSheets = hidden;
  }

  sheet(name: string): FastGrid | undefined {
    const result = this.readSheet(name);
    return result.ok ? result.grid : undefined;
  }

  /** Why `sheet(name)` gave undefined for a listed sheet; undefined when it read (or is not listed). */
  sheetIssue(name: string): Issue | undefined {
    return this.issues.get(name);
  }

  /** Parses (once) and returns one sheet, or the issue that stopped it. */
  readSheet(name: string): { ok: true; grid: FastGrid } | { ok: false; issue: Issue } | { ok: false; issue: undefined } {
    const cached = this.grids.get(name);
    if (cached) return { ok: true, grid: cached };
    const known = this.issues.get(name);
    if (known) return { ok: false, issue: known };
    const ref = this.sheets.find((s) => s.name === name);
    if (!ref) return { ok: false, issue: undefined };
    const content = this.parse(ref, false);
    if (!content.ok) return content;
    const grid = new FastGrid(name, content.content);
    this.grids.set(name, grid);
    return { ok: true, grid };
  }

  /**
   * Holds every listed sheet to the reader's guards without keeping its cells:
   * the sheets not read yet are inflated and parsed (zip bomb, CRC, DOCTYPE,
   * malformed XML, row, column and string limits) as a full read would, so the
   * outcome is the one `preload: 'all'` gives at a fraction of the cost. Returns
   * the first issue in sheet order, as `preload: 'all'` does; undefined when
   * every sheet passes.
   */
  screenSheets(): Issue | undefined {
    for (const ref of this.sheets) {
      if (this.grids.has(ref.name) || this.screened.has(ref.name)) continue;
      const known = this.issues.get(ref.name);
      if (known) return known;
      const content = this.parse(ref, true);
      if (!content.ok) return content.issue;
      this.screened.add(ref.name);
    }
    return undefined;
  }

  /** Inflates and parses one sheet part; a refusal is remembered, so the sheet is never tried twice. */
  private parse(ref: SheetPartRef, screenOnly: boolean): { ok: true; content: SheetContent } | { ok: false; issue: Issue } {
    const { name } = ref;
    try {
      // A part screened before with the same bytes, limits and enough shared strings passes again (screened-parts.ts);
      // the archive's own checks (local header, inflate budget) are still made.
      const entry = ref.part === undefined ? undefined : this.archive.entry(ref.part);
      const located = entry && entry.uncompressedSize <= this.limits.maxPartBytes ? this.archive.locate(entry.name) : undefined;
      if (located && screenOnly && screenedBefore(located.entry, located.compressed, this.limits, this.sharedStrings?.count) && this.archive.countAsInflated(located.entry)) {
        return { ok: true, content: SCREENED_CONTENT };
      }
      // Likewise a sheet read before with the same bytes and everything else it depended on (sheet-memo.ts).
      const memoKey: SheetMemoKey | undefined =
        located && !screenOnly
          ? {
              ...located,
              limits: this.limits,
              keepColumns: this.keepColumns,
              styles: this.styles,
              sharedStrings: this.sharedStrings?.strings,
              sharedStringCount: this.sharedStrings?.count,
            }
          : undefined;
      const before = memoKey && sheetReadBefore(memoKey);
      if (memoKey && before && this.archive.countAsInflated(memoKey.entry)) return { ok: true, content: before };
      // Kept for the next file only when this part came before under its name (the `_meta` sheet); the table
      // sheet, new in every file, costs no copy of its bytes and strings.
      const remember = memoKey !== undefined && seenAgain(memoKey.entry);
      const xml = ref.part === undefined ? undefined : this.archive.textSource(ref.part);
      if (xml === undefined) {
        throw new ReadRefusal(fileIssue('file.part-missing', this.fileName, { sheet: name, part: ref.part ?? '—' }));
      }
      const content = parseSheet(xml, {
        fileName: this.fileName,
        sheetName: name,
        part: ref.part as string,
        sharedStrings: this.sharedStrings?.strings,
        sharedStringCount: this.sharedStrings?.count,
        keepColumns: this.keepColumns,
        styles: this.styles,
        limits: this.limits,
        screenOnly,
        recordStrings: remember,
      });
      if (content.pendingStrings) this.resolveStrings(content.pendingStrings, name, ref.part as string);
      if (located && screenOnly) rememberScreened(located.entry, located.compressed, this.limits, content.sharedStringsNeeded);
      if (memoKey && remember) rememberSheet(memoKey, content);
      return { ok: true, content };
    } catch (error) {
      // Anything but a refusal is the reader's own fault: named as such, never with the exception's (English) text.
      const issue = error instanceof ReadRefusal ? error.issue : fileIssue('file.reader-fault', this.fileName, { sheet: name });
      this.issues.set(name, issue);
      return { ok: false, issue };
    }
  }

  /**
   * Fills in the kept cells' shared strings from a table too large to hold:
   * read again, keeping only the indices these cells use, whose text counts
   * against maxKeptText. Throws ReadRefusal.
   */
  private resolveStrings(pending: (RawCell | number)[], sheetName: string, part: string): void {
    const table = this.sharedStrings as SharedStringTable;
    const wanted = new Set<number>();
    for (let k = 1; k < pending.length; k += 2) wanted.add(pending[k] as number);
    const source = this.archive.textSource(table.part);
    if (source === undefined) throw new ReadRefusal(fileIssue('file.part-missing', this.fileName, { sheet: sheetName, part: table.part }));
    const picked = pickSharedStrings(source, this.fileName, table.part, this.limits, wanted);
    let text = 0;
    for (let k = 0; k < pending.length; k += 2) {
      const value = picked.get(pending[k + 1] as number) ?? '';
      text += value.length;
      if (text > this.limits.maxKeptText) {
        throw new ReadRefusal(fileIssue('file.too-much-text', this.fileName, { sheet: sheetName, part, limit: this.limits.maxKeptText }));
      }
      (pending[k] as RawCell).value = { type: 'string', value };
    }
  }
}

/** What a screen that passed returns: no cells are kept either way. */
const SCREENED_CONTENT: SheetContent = Object.freeze({
  cells: new Map(),
  rowCount: 0,
  colCount: 0,
  merges: [],
  protected: false,
  sharedStringsNeeded: 0,
}) as SheetContent;

/** The type guard consumers use to reach `sheetIssue` on any WorkbookGrids. */
export function isFastWorkbook(workbook: WorkbookGrids): workbook is FastWorkbook {
  return workbook instanceof FastWorkbook;
}
