import type { UnitStatusRow } from '../../../core/merge/merge-report.js';
import type { Locale } from '../../../core/messages/render-text.js';
import { STATUS_HEAD, type StatusRow } from '../../../report/status-rows.js';

/** Statuses that need nothing from staff; every other one is a unit to chase (未报) or send back (退改). */
export function needsAction(status: UnitStatusRow['status']): boolean {
  return status !== 'reported';
}

/** StatusRow's fields in STATUS_HEAD order. */
const FIELDS: (keyof StatusRow)[] = ['code', 'name', 'kind', 'status', 'files', 'hard', 'soft', 'explained', 'included'];

export interface StatusTableOptions {
  table: HTMLTableElement;
  /** The report's statuses and their rows as text (statusRows), in the same order. */
  statuses: readonly UnitStatusRow[];
  rows: readonly StatusRow[];
  locale: Locale;
  onSelect: (index: number) => void;
}

/**
 * The 报送情况 table on the page: the same columns and words as the 报送情况
 * sheet, sortable by any column (click a heading; again to reverse), and a
 * filter to the units that need staff action.
 */
export class StatusTable {
  private sortBy = -1;
  private descending = false;
  private onlyAction = false;
  private selected = -1;

  constructor(private readonly options: StatusTableOptions) {
    this.render();
  }

  filterNeedsAction(on: boolean): void {
    this.onlyAction = on;
    this.render();
  }

  sort(column: number): void {
    this.descending = this.sortBy === column ? !this.descending : false;
    this.sortBy = column;
    this.render();
  }

  /** Row indices (into the report's statuses) in the order shown. */
  shownOrder(): number[] {
    const { statuses, rows } = this.options;
    let order = statuses.map((_, i) => i);
    if (this.onlyAction) order = order.filter((i) => needsAction(statuses[i].status));
    if (this.sortBy >= 0) {
      const field = FIELDS[this.sortBy];
      const sign = this.descending ? -1 : 1;
      order.sort((a, b) => {
        const x = rows[a][field];
        const y = rows[b][field];
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return c !== 0 ? sign * c : a - b;
      });
    }
    return order;
  }

  private render(): void {
    const { table, rows, statuses, locale } = this.options;
    const doc = table.ownerDocument;
    const thead = doc.createElement('thead');
    const head = doc.createElement('tr');
    STATUS_HEAD[locale].forEach((label, column) => {
      const th = doc.createElement('th');
      th.textContent = label;
      th.dataset.column = String(column);
      if (column === this.sortBy) th.setAttribute('aria-sort', this.descending ? 'descending' : 'ascending');
      th.addEventListener('click', () => this.sort(column));
      head.append(th);
    });
    thead.append(head);
    const tbody = doc.createElement('tbody');
    for (const i of this.shownOrder()) {
      const tr = doc.createElement('tr');
      tr.dataset.index = String(i);
      tr.dataset.code = statuses[i].code;
      tr.dataset.status = statuses[i].status;
      if (needsAction(statuses[i].status)) tr.classList.add('needs-action');
      if (i === this.selected) tr.classList.add('selected');
      for (const field of FIELDS) {
        const td = doc.createElement('td');
        td.textContent = String(rows[i][field]);
        tr.append(td);
      }
      tr.addEventListener('click', () => {
        this.selected = i;
        table.querySelectorAll('tr.selected').forEach((node) => node.classList.remove('selected'));
        tr.classList.add('selected');
        this.options.onSelect(i);
      });
      tbody.append(tr);
    }
    table.replaceChildren(thead, tbody);
  }
}
