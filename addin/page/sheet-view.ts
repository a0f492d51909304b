import { a1, columnLetters } from '../../core/grid/address.js';
import { cellText } from '../../core/grid/cell-text.js';
import type { Grid, RawCell } from '../../core/grid/grid.js';
import { formatNumber } from '../../core/cells/format-number.js';

/** What Excel shows in the cell: a number under its format (97.0, 1,234, 92.3%), anything else as its text. */
function shownText(raw: RawCell): string {
  return raw.value.type === 'number' ? formatNumber(raw.value.value, raw.numFmt) : cellText(raw);
}
import type { CellMark } from '../access/workbook-access.js';

/** How many rows and columns the page draws at most: a template is far smaller. */
const MAX_ROWS = 2000;
const MAX_COLS = 60;

/**
 * The sheet as an HTML table with Excel's row numbers and column letters;
 * each cell carries `data-cell="D7"` so marks and selection find it.
 */
export class SheetView {
  /** Marks of every table's sheet; the ones of the sheet shown are painted. */
  private marks: readonly CellMark[] = [];
  private selected: string | undefined;
  private grid: Grid | undefined;

  constructor(private readonly host: HTMLElement) {}

  get sheetName(): string | undefined {
    return this.grid?.sheetName;
  }

  /** Empties the view: a refused file leaves nothing of the previous one on screen. */
  clear(): void {
    this.grid = undefined;
    this.marks = [];
    this.selected = undefined;
    this.host.replaceChildren();
  }

  show(grid: Grid): void {
    this.grid = grid;
    this.render();
  }

  setMarks(marks: readonly CellMark[]): void {
    this.marks = [...marks];
    this.applyMarks();
  }

  clearMarks(): void {
    this.marks = [];
    this.applyMarks();
  }

  select(cell: string): void {
    this.selected = cell;
    this.host.querySelectorAll('td.selected').forEach((node) => node.classList.remove('selected'));
    const td = this.host.querySelector<HTMLTableCellElement>(`td[data-cell="${cell}"]`);
    if (!td) return;
    td.classList.add('selected');
    td.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  private render(): void {
    const grid = this.grid;
    if (!grid) return;
    const doc = this.host.ownerDocument;
    const caption = doc.createElement('p');
    caption.className = 'sheet-caption';
    caption.textContent = grid.sheetName;
    const table = doc.createElement('table');
    const rows = Math.min(grid.rowCount, MAX_ROWS);
    const cols = Math.min(grid.colCount, MAX_COLS);
    const head = doc.createElement('tr');
    head.append(doc.createElement('th'));
    for (let c = 1; c <= cols; c++) {
      const th = doc.createElement('th');
      th.textContent = columnLetters(c);
      head.append(th);
    }
    const thead = doc.createElement('thead');
    thead.append(head);
    const tbody = doc.createElement('tbody');
    for (let r = 1; r <= rows; r++) {
      const tr = doc.createElement('tr');
      const th = doc.createElement('th');
      th.textContent = String(r);
      tr.append(th);
      for (let c = 1; c <= cols; c++) {
        const td = doc.createElement('td');
        td.dataset.cell = a1(r, c);
        td.textContent = shownText(grid.cell(r, c));
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(thead, tbody);
    this.host.replaceChildren(caption, table);
    this.applyMarks();
    if (this.selected) this.select(this.selected);
  }

  private applyMarks(): void {
    this.host.querySelectorAll('td.mark-hard, td.mark-soft').forEach((node) => node.classList.remove('mark-hard', 'mark-soft'));
    // A cell with a hard and a soft mark shows the hard colour (marksFor gives one mark a cell; this keeps it so).
    for (const { sheet, cell, severity } of this.marks) {
      if (sheet !== this.grid?.sheetName) continue;
      const td = this.host.querySelector(`td[data-cell="${cell}"]`);
      if (td && !td.classList.contains('mark-hard')) td.classList.add(`mark-${severity}`);
    }
  }
}
