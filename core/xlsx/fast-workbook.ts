import type { WorkbookGrids } from '../grid/grid.js';
import type { Issue } from '../issues/issue.js';
import type { ReadLimits } from './read-limits.js';
import { FastGrid } from './fast-grid.js';
import { ReadRefusal, fileIssue } from './file-issue.js';
import { parseSheet } from './parse-sheet.js';
import type { ZipArchive } from './zip-archive.js';

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

  constructor(
    private readonly archive: ZipArchive,
    private readonly fileName: string,
    private readonly sheets: readonly SheetPartRef[],
    hidden: ReadonlySet<string>,
    private readonly sharedStrings: readonly string[] | undefined,
    private readonly styles: readonly (string | undefined)[],
    private readonly limits: ReadLimits,
    /** Serial numbers count from 1904 (the cell reader may need to know). */
    readonly date1904: boolean,
  ) {
    this.sheetNames = sheets.map((s) => s.name);
    this.hiddenSheets = hidden;
  }

  sheet(name: string): FastGrid | undefined {
    const cached = this.grids.get(name);
    if (cached) return cached;
    if (this.issues.has(name)) return undefined;
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
    try {
      const xml = ref.part === undefined ? undefined : this.archive.readText(ref.part);
      if (xml === undefined) {
        throw new ReadRefusal(
          fileIssue('file.unreadable', this.fileName, { reason: `sheet "${name}": part ${ref.part ?? '(no relationship)'} is missing` }),
        );
      }
      const content = parseSheet(xml, {
        fileName: this.fileName,
        sheetName: name,
        part: ref.part as string,
        sharedStrings: this.sharedStrings,
        styles: this.styles,
        limits: this.limits,
      });
      const grid = new FastGrid(name, content);
      this.grids.set(name, grid);
      return { ok: true, grid };
    } catch (error) {
      const issue =
        error instanceof ReadRefusal
          ? error.issue
          : fileIssue('file.unreadable', this.fileName, { reason: `sheet "${name}": ${(error as Error)?.message ?? error}` });
      this.issues.set(name, issue);
      return { ok: false, issue };
    }
  }
}

/** The type guard consumers use to reach `sheetIssue` on any WorkbookGrids. */
export function isFastWorkbook(workbook: WorkbookGrids): workbook is FastWorkbook {
  return workbook instanceof FastWorkbook;
}
