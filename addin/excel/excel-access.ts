/// <reference types="office-js" />
import { columnLetters, rangeOfAddress } from '../../core/grid/address.js';
import { arrayGrid } from '../../core/grid/array-grid.js';
import type { CellRange, Grid, RawCell, WorkbookGrids } from '../../core/grid/grid.js';
import type { AccessCapabilities, CellFill, CellMark, ReportTable, TemplateRead, WorkbookAccess, WriteOutcome } from '../access/workbook-access.js';
import { cellRuns } from './cell-runs.js';
import { HIGHLIGHT_COLOURS, NO_FILL } from './highlight-colours.js';
import { HighlightMemory, sameColour, type HighlightStore, type RememberedFill } from './highlight-memory.js';
import { isItemNotFound, isProtectionError, loadedScalar } from './office-errors.js';
import { metaSheetName, queueMetaSheet, takeMetaSheet } from './read-meta-sheet.js';
import {
  blockAddresses,
  DEFAULT_MAX_CELLS_PER_REQUEST,
  queueBlock,
  queueUsedRangeShape,
  takeBlock,
  takeUsedRangeShape,
} from './read-sheet.js';

/** `Excel.run`, injectable so tests hand in an office-addin-mock context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** `Office.context.requirements.isSetSupported`. */
export type SupportsSet = (name: string, version: string) => boolean;

export interface ExcelAccessOptions {
  /** The template's sheet name (spec.sheetName); the active sheet is read when there is none. */
  sheetName: string;
  run?: ExcelRun;
  supports?: SupportsSet;
  maxCellsPerRequest?: number;
  /** Keeps the highlight memory in the workbook (Office document settings) across pane reloads. */
  store?: HighlightStore;
  /** The open workbook's URL or path (Office.context.document.url), for its file name; empty for a new workbook. */
  documentUrl?: () => string | undefined;
}

/** The file name at the end of a URL or Windows path; undefined for a workbook never saved. */
export function fileNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

/** How long after our own write a change event is taken as its echo, not the user's edit. */
const ECHO_MS = 1000;

const PROTECTED: WriteOutcome = { done: false, reason: 'protected' };

/**
 * The Excel adapter: the only code that calls office-js. One check costs at
 * most three round trips: the sheet's shape (and protection, and the
 * highlighted cells' current fill), its cells, and the highlights. Core
 * features use ExcelApi 1.1 only; newer calls are behind `supports`.
 * @example const access = createExcelAccess({ sheetName: standardSpec.sheetName });
 */
export function createExcelAccess(options: ExcelAccessOptions): WorkbookAccess {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const supports: SupportsSet = options.supports ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  const maxCells = options.maxCellsPerRequest ?? DEFAULT_MAX_CELLS_PER_REQUEST;
  const documentUrl = options.documentUrl ?? (() => (typeof Office === 'undefined' ? undefined : Office.context?.document?.url));
  const memory = new HighlightMemory(options.store);
  /** Our own highlights and fills raise change events too; they must not trigger a re-check loop. */
  let quietUntil = 0;
  const wrote = () => {
    quietUntil = Date.now() + ECHO_MS;
  };
  const protectedSheets = new Set<string>();
  /** Per sheet, the remembered cells whose fill is still ours, as seen by the last read. */
  const stillOurs = new Map<string, Set<string>>();
  let lastSheet: string | undefined;
  /** Every sheet the last read took (the template's table sheets), the first one first. */
  let lastSheets: string[] = [];

  const capabilities: AccessCapabilities = {
    highlight: true,
    fill: true,
    report: true,
    liveRecheck: supports('ExcelApi', '1.7'),
  };

  /** Queues a load of the current fill of each remembered cell. */
  function queueCurrentFills(sheet: Excel.Worksheet, name: string): Map<string, Excel.Range> {
    const ranges = new Map<string, Excel.Range>();
    for (const cell of memory.cells(name).keys()) {
      const range = sheet.getRange(cell);
      range.format.fill.load('color');
      ranges.set(cell, range);
    }
    return ranges;
  }

  function takeStillOurs(name: string, ranges: Map<string, Excel.Range>): Set<string> {
    const ours = new Set<string>();
    for (const [cell, range] of ranges) {
      if (sameColour(range.format.fill.color, memory.cells(name).get(cell)?.ours)) ours.add(cell);
    }
    return ours;
  }

  /** Queues putting back what was under our highlights (all of them, or those still ours). */
  function queueRestore(sheet: Excel.Worksheet, name: string, only?: Set<string>): void {
    for (const [cell, fill] of memory.cells(name)) {
      if (only && !only.has(cell)) continue;
      const format = sheet.getRange(cell).format;
      if (sameColour(fill.original, NO_FILL)) format.fill.clear();
      else format.fill.color = fill.original;
    }
  }

  /** Reads one more table's sheet whole (a template of several tables): its shape, then its cells in row blocks. */
  async function readTableSheet(context: Excel.RequestContext, name: string, withProtection: boolean, withMerges: boolean): Promise<Grid> {
    const sheet = context.workbook.worksheets.getItem(name);
    if (withProtection) sheet.protection.load('protected,options');
    const used = queueUsedRangeShape(sheet);
    const fills = queueCurrentFills(sheet, name);
    await context.sync();
    const isProtected = withProtection ? loadedScalar<boolean>(sheet.protection.protected, 'boolean', 'protection.protected') : false;
    if (isProtected && sheet.protection.options?.allowFormatCells !== true) protectedSheets.add(name);
    else protectedSheets.delete(name);
    if (fills.size > 0) stillOurs.set(name, takeStillOurs(name, fills));
    const rows: (RawCell | undefined)[][] = [];
    let merges: CellRange[] = [];
    const blocks = blockAddresses(takeUsedRangeShape(used), maxCells);
    for (let i = 0; i < blocks.length; i++) {
      const queued = queueBlock(sheet, blocks[i]);
      const mergeAreas = i === 0 && withMerges ? used.getMergedAreasOrNullObject() : undefined;
      mergeAreas?.load('areas/items/address');
      await context.sync();
      takeBlock(queued, rows);
      if (mergeAreas && !mergeAreas.isNullObject) {
        merges = mergeAreas.areas.items.map((r) => rangeOfAddress(r.address)).filter((r): r is CellRange => r !== undefined);
      }
    }
    return arrayGrid(name, rows, { merges, protected: isProtected });
  }

  async function readTemplate(sheetName: string = options.sheetName, tableSheets: readonly string[] = []): Promise<TemplateRead> {
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      const withProtection = supports('ExcelApi', '1.2');
      const withMerges = supports('ExcelApi', '1.13');

      // Round trip 1: sheet names, the template sheet's shape, protection, and our highlights' fills.
      const queueMeta = (sheet: Excel.Worksheet, remembered?: string) => {
        sheets.load('items/name,items/visibility');
        sheet.load('name');
        if (withProtection) sheet.protection.load('protected,options');
        const used = queueUsedRangeShape(sheet);
        const fills = remembered ? queueCurrentFills(sheet, remembered) : new Map<string, Excel.Range>();
        return { sheet, used, fills };
      };
      let meta = queueMeta(sheets.getItem(sheetName), sheetName);
      try {
        await context.sync();
      } catch (error) {
        // A renamed template sheet: read the active one (one more round trip, only in this case).
        if (!isItemNotFound(error)) throw error;
        meta = queueMeta(sheets.getActiveWorksheet());
        await context.sync();
      }
      const name = loadedScalar<string>(meta.sheet.name, 'string', 'worksheet.name');
      const isProtected = withProtection ? loadedScalar<boolean>(meta.sheet.protection.protected, 'boolean', 'protection.protected') : false;
      // A sheet protected with "format cells" allowed (as a template may be) still takes highlights.
      const formatAllowed = isProtected && meta.sheet.protection.options?.allowFormatCells === true;
      if (isProtected && !formatAllowed) protectedSheets.add(name);
      else protectedSheets.delete(name);
      if (meta.fills.size > 0) stillOurs.set(name, takeStillOurs(name, meta.fills));
      const shape = takeUsedRangeShape(meta.used);

      // Round trip 2 (more only for sheets beyond the web's payload limit): the cells, in row blocks,
      // and with the first block the hidden `_meta` of a pre-filled template (its unit and last year's figures).
      const sheetNames = sheets.items.map((s) => s.name);
      const metaName = metaSheetName(sheetNames);
      let metaGrid: Grid | undefined;
      const rows: (RawCell | undefined)[][] = [];
      let merges: CellRange[] = [];
      const blocks = blockAddresses(shape, maxCells);
      for (let i = 0; i < blocks.length; i++) {
        const queued = queueBlock(meta.sheet, blocks[i]);
        const mergeAreas = i === 0 && withMerges ? meta.used.getMergedAreasOrNullObject() : undefined;
        mergeAreas?.load('areas/items/address');
        const metaRange = i === 0 && metaName !== undefined && metaName !== name ? queueMetaSheet(sheets, metaName) : undefined;
        await context.sync();
        takeBlock(queued, rows);
        if (metaRange && metaName !== undefined) metaGrid = takeMetaSheet(metaName, metaRange);
        if (mergeAreas && !mergeAreas.isNullObject) {
          merges = mergeAreas.areas.items.map((r) => rangeOfAddress(r.address)).filter((r): r is CellRange => r !== undefined);
        }
      }

      const hiddenSheets = new Set(sheets.items.filter((s) => s.visibility !== 'Visible').map((s) => s.name));
      const grid = arrayGrid(name, rows, { merges, protected: isProtected });
      // The other tables of a template of several: each sheet the workbook has, read whole (only when asked for).
      const others = new Map<string, Grid>();
      for (const other of tableSheets) {
        if (other === name || others.has(other) || !sheetNames.includes(other)) continue;
        others.set(other, await readTableSheet(context, other, withProtection, withMerges));
      }
      const grids: WorkbookGrids = { sheetNames, hiddenSheets, sheet: (n) => (n === name ? grid : n === metaName ? metaGrid : others.get(n)) };
      lastSheet = name;
      lastSheets = [name, ...others.keys()];
      const fileName = fileNameOf(documentUrl());
      return { grids, sheet: name, protected: isProtected, ...(fileName !== undefined ? { fileName } : {}) };
    });
  }

  /** Runs the queued writes; false (and the sheet remembered as protected) when the sheet refuses them. */
  async function syncUnlessProtected(context: Excel.RequestContext, name: string): Promise<boolean> {
    try {
      await context.sync();
      return true;
    } catch (error) {
      if (!isProtectionError(error)) throw error;
      protectedSheets.add(name);
      return false;
    }
  }

  /** Each sheet marked now or read last, so the old highlights of a sheet with no marks left are put back too. */
  async function highlight(marks: readonly CellMark[]): Promise<WriteOutcome> {
    const first = marks[0]?.sheet ?? lastSheet;
    if (first === undefined) return { done: true, cells: 0 };
    const names = [...new Set([first, ...marks.map((m) => m.sheet), ...lastSheets])];
    let cells = 0;
    let refused = false;
    for (const name of names) {
      const outcome = await highlightSheet(name, marks);
      if (outcome.done) cells += outcome.cells;
      else refused = true;
    }
    return refused ? PROTECTED : { done: true, cells };
  }

  async function highlightSheet(name: string, marks: readonly CellMark[]): Promise<WriteOutcome> {
    if (protectedSheets.has(name)) return PROTECTED;
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      // One batch, executed in order: put back the old highlights, note what is under the new ones, paint them.
      queueRestore(sheet, name, stillOurs.get(name));
      const originals = new Map<string, { range: Excel.Range; ours: string }>();
      for (const mark of marks) {
        if (mark.sheet !== name) continue;
        const range = sheet.getRange(mark.cell);
        range.format.fill.load('color');
        originals.set(mark.cell, { range, ours: HIGHLIGHT_COLOURS[mark.severity] });
      }
      for (const severity of ['soft', 'hard'] as const) {
        const runs = cellRuns(marks.filter((m) => m.sheet === name && m.severity === severity).map((m) => m.cell));
        if (runs.length === 0) continue;
        const colour = HIGHLIGHT_COLOURS[severity];
        if (runs.length > 1 && supports('ExcelApi', '1.9')) {
          sheet.getRanges(runs.map((r) => r.address).join(',')).format.fill.color = colour;
        } else {
          for (const r of runs) sheet.getRange(r.address).format.fill.color = colour;
        }
      }
      if (!(await syncUnlessProtected(context, name))) return PROTECTED;
      const remembered = new Map<string, RememberedFill>();
      for (const [cell, { range, ours }] of originals) {
        remembered.set(cell, { original: range.format.fill.color ?? NO_FILL, ours });
      }
      wrote();
      memory.replace(name, remembered);
      stillOurs.delete(name);
      return { done: true, cells: remembered.size };
    });
  }

  async function clearHighlights(): Promise<void> {
    for (const name of memory.sheetNames()) {
      if (protectedSheets.has(name)) continue;
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(name);
        const fills = queueCurrentFills(sheet, name);
        try {
          await context.sync();
        } catch (error) {
          // The sheet is gone (deleted or renamed): nothing of ours left to clear.
          if (!isItemNotFound(error)) throw error;
          memory.forget(name);
          return;
        }
        queueRestore(sheet, name, takeStillOurs(name, fills));
        await context.sync();
        wrote();
        memory.forget(name);
        stillOurs.delete(name);
      });
    }
  }

  async function select(sheetName: string, cell: string): Promise<void> {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  async function fillDerived(fills: readonly CellFill[]): Promise<WriteOutcome> {
    if (fills.length === 0) return { done: true, cells: 0 };
    let cells = 0;
    for (const name of new Set(fills.map((f) => f.sheet))) {
      const outcome = await fillSheet(name, fills);
      if (!outcome.done) return outcome;
      cells += outcome.cells;
    }
    return { done: true, cells };
  }

  async function fillSheet(name: string, fills: readonly CellFill[]): Promise<WriteOutcome> {
    if (protectedSheets.has(name)) return PROTECTED;
    const valueOf = new Map(fills.filter((f) => f.sheet === name).map((f) => [f.cell, f.value]));
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      for (const r of cellRuns([...valueOf.keys()])) {
        sheet.getRange(r.address).values = r.cells.map((cell) => [valueOf.get(cell) ?? '']);
      }
      if (!(await syncUnlessProtected(context, name))) return PROTECTED;
      wrote();
      return { done: true, cells: valueOf.size };
    });
  }

  async function writeReport(sheetName: string, table: ReportTable): Promise<WriteOutcome> {
    const width = Math.max(1, ...table.map((row) => row.length));
    const values = table.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
    return run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      try {
        const exists = sheets.items.some((s) => s.name === sheetName);
        const sheet = exists ? sheets.getItem(sheetName) : sheets.add(sheetName);
        // Our own sheet: rewriting it whole is safe.
        if (exists) sheet.getRange().clear();
        const target = sheet.getRange(`A1:${columnLetters(width)}${values.length}`);
        // Text, not numbers or formulas: a message that starts with "=" must not become one.
        target.numberFormat = values.map((row) => row.map(() => '@'));
        target.values = values;
        sheet.getRange(`A1:${columnLetters(width)}1`).format.font.bold = true;
        if (supports('ExcelApi', '1.2')) target.format.autofitColumns();
        sheet.activate();
        await context.sync();
      } catch (error) {
        if (!isProtectionError(error)) throw error;
        return PROTECTED;
      }
      return { done: true, cells: values.length * width };
    });
  }

  async function onChanged(handler: () => void): Promise<() => Promise<void>> {
    const names = lastSheets.length > 0 ? lastSheets : lastSheet === undefined ? [] : [lastSheet];
    if (!capabilities.liveRecheck || names.length === 0) return async () => {};
    return run(async (context) => {
      // Every table's sheet: a figure changed on 表二 re-checks the 表间审核 that read it.
      const registrations = names.map((name) =>
        context.workbook.worksheets.getItem(name).onChanged.add(async () => {
          if (Date.now() >= quietUntil) handler();
        }),
      );
      await context.sync();
      return async () => {
        for (const registration of registrations) registration.remove();
        await registrations[0].context.sync();
      };
    });
  }

  return { capabilities, readTemplate, highlight, clearHighlights, select, fillDerived, writeReport, onChanged };
}
