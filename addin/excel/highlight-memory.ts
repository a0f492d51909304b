/** What the add-in put on one cell: the fill it found there and the fill it set. */
export interface RememberedFill {
  original: string;
  ours: string;
}

/**
 * The cells this add-in highlighted, per sheet, with the fill each had before.
 * Clearing restores exactly these and nothing else, and skips a cell whose
 * fill the user has changed since (it is theirs now).
 */
/** Where the memory outlives the pane: the workbook's own add-in settings, so a reopened pane can still clear. */
export interface HighlightStore {
  load(): Record<string, Record<string, RememberedFill>> | undefined;
  save(data: Record<string, Record<string, RememberedFill>>): void;
}

export class HighlightMemory {
  private readonly sheets = new Map<string, Map<string, RememberedFill>>();

  constructor(private readonly store?: HighlightStore) {
    const saved = store?.load();
    for (const [sheet, cells] of Object.entries(saved ?? {})) {
      const valid = Object.entries(cells ?? {}).filter(
        ([, f]) => typeof f?.original === 'string' && typeof f?.ours === 'string',
      );
      if (valid.length > 0) this.sheets.set(sheet, new Map(valid));
    }
  }

  cells(sheet: string): ReadonlyMap<string, RememberedFill> {
    return this.sheets.get(sheet) ?? new Map();
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()].filter((s) => (this.sheets.get(s)?.size ?? 0) > 0);
  }

  replace(sheet: string, cells: Map<string, RememberedFill>): void {
    if (cells.size === 0) this.sheets.delete(sheet);
    else this.sheets.set(sheet, cells);
    this.persist();
  }

  forget(sheet: string): void {
    this.sheets.delete(sheet);
    this.persist();
  }

  private persist(): void {
    if (!this.store) return;
    const data: Record<string, Record<string, RememberedFill>> = {};
    for (const [sheet, cells] of this.sheets) data[sheet] = Object.fromEntries(cells);
    this.store.save(data);
  }
}

/** Colours compare case-insensitively (`#ffc7ce` = `#FFC7CE`). */
export const sameColour = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.toUpperCase() === b.toUpperCase();
