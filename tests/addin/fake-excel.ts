/// <reference types="office-js" />
import { createRequire } from 'node:module';
import { jest } from '@jest/globals';
import { a1, parseA1 } from '../../core/grid/address.js';
import type { OfficeValueType } from '../../addin/excel/office-cell.js';
import type { ExcelRun } from '../../addin/excel/excel-access.js';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import chain
// reaches an ESM-only package that Jest cannot require on Node 20: hand it the enum's own module.
const requireHere = createRequire(import.meta.url);
jest.mock('office-addin-manifest', () => requireHere('office-addin-manifest/lib/officeApp.js'));
const { OfficeMockObject } = (await import('office-addin-mock')).default as typeof import('office-addin-mock');

/** One cell as Excel holds it: its value (a formula's cached result), formula, format and type. */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  type: OfficeValueType;
}

/** A sheet of the fake workbook: its cells, and its formatting kept apart so tests see what changed. */
export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Explicit fills; a cell without one reads as `#FFFFFF`, as ExcelApi 1.1 reports no fill. */
  readonly fills = new Map<string, string>();
  /** Other formatting the user set (borders, fonts…): the add-in must never touch it. */
  readonly otherFormats = new Map<string, string>();
  readonly bold = new Set<string>();
  /** Merged ranges, `A1:G1`. */
  readonly merges: string[] = [];
  selected: string | undefined;
  activated = 0;
  unprotectCalls = 0;

  constructor(
    public name: string,
    public isProtected = false,
    public allowFormatCells = false,
  ) {}

  fillOf(cell: string): string {
    return this.fills.get(cell) ?? '#FFFFFF';
  }

  extent(): { rows: number; cols: number } {
    let rows = 1;
    let cols = 1;
    for (const key of this.cells.keys()) {
      const at = parseA1(key)!;
      rows = Math.max(rows, at.row);
      cols = Math.max(cols, at.col);
    }
    return { rows, cols };
  }
}

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

function cellsOf(address: string): string[] {
  const out: string[] = [];
  for (const area of address.split(',')) {
    const [from, to = from] = area.split(':');
    const a = parseA1(from)!;
    const b = parseA1(to)!;
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(a1(r, c));
  }
  return out;
}

function gridOf(address: string): string[][] {
  const [from, to = from] = address.split(':');
  const a = parseA1(from)!;
  const b = parseA1(to)!;
  const rows: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(a1(r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * A range proxy with office-js batch semantics: loads and writes are queued
 * and run in order at `context.sync()`; reading a property that was not
 * loaded and synced throws PropertyNotLoaded, as office-js does.
 */
class FakeRange {
  private readonly loaded = new Map<string, unknown>();
  readonly format: {
    fill: { color: string | null; load(props: string): void; clear(): void };
    font: { bold: boolean };
    autofitColumns(): void;
  };

  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeSheet,
    readonly address: string,
  ) {
    const range = this;
    const cells = () => cellsOf(address);
    this.format = {
      fill: {
        get color(): string | null {
          return range.read('fill.color') as string | null;
        },
        set color(colour: string | null) {
          fake.enqueue(() => {
            range.guardFormat();
            for (const c of cells()) sheet.fills.set(c, colour ?? '#FFFFFF');
          });
        },
        load(props: string) {
          if (props !== 'color') throw new Error(`fake fill loads only color, not ${props}`);
          fake.enqueue(() => {
            const colours = new Set(cells().map((c) => sheet.fillOf(c)));
            range.loaded.set('fill.color', colours.size === 1 ? [...colours][0] : null);
          });
        },
        clear() {
          fake.enqueue(() => {
            range.guardFormat();
            for (const c of cells()) sheet.fills.delete(c);
          });
        },
      },
      font: {
        get bold() {
          return range.read('font.bold') as boolean;
        },
        set bold(value: boolean) {
          fake.enqueue(() => {
            range.guardFormat();
            for (const c of cells()) if (value) sheet.bold.add(c);
          });
        },
      },
      autofitColumns() {
        fake.enqueue(() => range.guardFormat());
      },
    };
  }

  private read(key: string): unknown {
    if (!this.loaded.has(key)) throw officeError('PropertyNotLoaded', `${key} of ${this.address} was not loaded and synced`);
    return this.loaded.get(key);
  }

  guardFormat(): void {
    if (this.sheet.isProtected && !this.sheet.allowFormatCells) throw officeError('AccessDenied', 'The sheet is protected.');
  }

  private guardEdit(): void {
    if (this.sheet.isProtected) throw officeError('AccessDenied', 'The cell is protected.');
  }

  load(props: string): void {
    const names = props.split(',').map((p) => p.trim());
    this.fake.enqueue(() => {
      const grid = gridOf(this.address);
      const at = (f: (cell: FakeCell | undefined) => unknown) => grid.map((row) => row.map((c) => f(this.sheet.cells.get(c))));
      for (const name of names) {
        if (name === 'values') this.loaded.set(name, at((c) => c?.value ?? ''));
        else if (name === 'formulas') this.loaded.set(name, at((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ''))));
        else if (name === 'numberFormat') this.loaded.set(name, at((c) => c?.numberFormat ?? 'General'));
        else if (name === 'valueTypes') this.loaded.set(name, at((c) => c?.type ?? 'Empty'));
        else throw new Error(`fake range cannot load ${name}`);
      }
      this.fake.cellsLoaded += grid.length * (grid[0]?.length ?? 0);
    });
  }

  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set values(rows: unknown[][]) {
    this.fake.enqueue(() => {
      this.guardEdit();
      gridOf(this.address).forEach((row, r) =>
        row.forEach((c, i) => {
          const value = rows[r][i] as string | number;
          this.sheet.cells.set(c, { value, type: typeof value === 'number' ? 'Double' : 'String' });
        }),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(_formats: unknown[][]) {
    this.fake.enqueue(() => this.guardFormat());
  }
  get valueTypes(): unknown[][] {
    return this.read('valueTypes') as unknown[][];
  }

  clear(): void {
    this.fake.enqueue(() => {
      this.guardEdit();
      this.sheet.cells.clear();
      this.sheet.fills.clear();
      this.sheet.bold.clear();
    });
  }

  select(): void {
    this.fake.enqueue(() => {
      this.sheet.selected = this.address;
    });
  }
}

/**
 * A workbook for the Excel adapter: the object tree (workbook, worksheets,
 * sheet, used range, protection) is an office-addin-mock OfficeMockObject;
 * ranges are FakeRange so formats and values change in batch order. Counts
 * every context.sync().
 */
export class FakeExcel {
  syncs = 0;
  cellsLoaded = 0;
  /** Worksheet onChanged handlers registered (ExcelApi 1.7); a test fires them as Excel would. */
  readonly changeHandlers = new Set<() => Promise<void>>();
  private queue: (() => void)[] = [];
  readonly context: Excel.RequestContext;
  readonly sheets: FakeSheet[];

  constructor(sheets: FakeSheet[], options: { active?: string } = {}) {
    this.sheets = sheets;
    const fake = this;
    const sheetMock = (sheet: FakeSheet) => {
      const { rows, cols } = sheet.extent();
      return {
        name: sheet.name,
        protection: {
          protected: sheet.isProtected,
          options: { allowFormatCells: sheet.allowFormatCells },
          unprotect() {
            sheet.unprotectCalls++;
          },
        },
        usedRange: {
          rowIndex: 0,
          columnIndex: 0,
          rowCount: rows,
          columnCount: cols,
          address: `${sheet.name}!A1:${a1(rows, cols)}`,
          mergedAreas: {
            isNullObject: sheet.merges.length === 0,
            areas: { items: sheet.merges.map((address) => ({ address: `${sheet.name}!${address}` })) },
            load(this: InstanceType<typeof OfficeMockObject>) {
              // office-js loads `areas/items/address`; the mock holds items as one value.
              return OfficeMockObject.prototype.load.call(this, 'isNullObject,areas');
            },
          },
          getMergedAreasOrNullObject() {
            return this.mergedAreas;
          },
        },
        getUsedRange() {
          return this.usedRange;
        },
        getRange(address: string) {
          return new FakeRange(fake, sheet, address ?? `A1:${a1(rows, cols)}`);
        },
        getRanges(addresses: string) {
          return new FakeRange(fake, sheet, addresses);
        },
        activate() {
          fake.enqueue(() => {
            sheet.activated++;
          });
        },
        onChanged: {
          add(handler: () => Promise<void>) {
            fake.changeHandlers.add(handler);
            return { remove: () => fake.enqueue(() => void fake.changeHandlers.delete(handler)), context: fake.context };
          },
        },
      };
    };
    /** A sheet added while the test runs: only written to, so no mock tree is needed. */
    const plainSheet = (sheet: FakeSheet) => ({
      getRange: (address?: string) => new FakeRange(fake, sheet, address ?? 'A1:Z100'),
      activate: () => fake.enqueue(() => void sheet.activated++),
    });
    const worksheets: Record<string, unknown> = {
      items: sheets.map((s) => ({ name: s.name, visibility: 'Visible' })),
      load(this: InstanceType<typeof OfficeMockObject>) {
        // office-js loads `items/name`; the mock holds items as one value, refreshed for sheets added since.
        (this as unknown as { setValue(name: string, value: unknown): void }).setValue('items', sheets.map((s) => ({ name: s.name, visibility: 'Visible' })));
        return OfficeMockObject.prototype.load.call(this, 'items');
      },
      getItem(this: Record<string, unknown>, name: string) {
        const i = sheets.findIndex((s) => s.name === name);
        if (i >= 0 && !this[`sheet${i}`]) return plainSheet(sheets[i]);
        if (i < 0) {
          fake.enqueue(() => {
            throw officeError('ItemNotFound', `no sheet ${name}`);
          });
          return this.missing;
        }
        return this[`sheet${i}`];
      },
      getActiveWorksheet(this: Record<string, unknown>) {
        const i = Math.max(0, sheets.findIndex((s) => s.name === options.active));
        return this[`sheet${i}`];
      },
      add(name: string) {
        const sheet = new FakeSheet(name);
        fake.enqueue(() => void sheets.push(sheet));
        return plainSheet(sheet);
      },
    };
    sheets.forEach((s, i) => (worksheets[`sheet${i}`] = sheetMock(s)));
    worksheets.missing = sheetMock(new FakeSheet('(missing)'));
    const mock = new OfficeMockObject({ workbook: { worksheets } });
    const mockSync = mock.sync.bind(mock);
    mock.sync = async () => {
      fake.syncs++;
      const batch = fake.queue.splice(0);
      await mockSync();
      // The mock settles nested properties over a few microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const op of batch) op();
    };
    this.context = mock as unknown as Excel.RequestContext;
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  readonly run: ExcelRun = (batch) => batch(this.context);

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no fake sheet ${name}`);
    return s;
  }
}
