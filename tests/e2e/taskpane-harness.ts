/**
 * The task pane's UI in a plain browser page, over a fake WorkbookAccess that
 * records every call: what the e2e test drives instead of Excel. The grid
 * comes from /grid.json (the flawed sample template, as RawCells).
 */
import type { CellFill, CellMark, ReportTable, WorkbookAccess, WriteOutcome } from '../../addin/access/workbook-access.js';
import { pickLocale } from '../../addin/i18n/ui-text.js';
import { createReviewPanel } from '../../addin/taskpane/review-panel.js';
import { arrayGrid } from '../../core/grid/array-grid.js';
import type { RawCell } from '../../core/grid/grid.js';
import { standardSpec } from '../../core/templates/index.js';

type Call =
  | { kind: 'readTemplate' }
  | { kind: 'highlight'; marks: CellMark[] }
  | { kind: 'clearHighlights' }
  | { kind: 'select'; sheet: string; cell: string }
  | { kind: 'fillDerived'; fills: CellFill[] }
  | { kind: 'writeReport'; sheet: string; table: ReportTable };

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const isProtected = params.has('protected');
  const cells = (await (await fetch('grid.json')).json()) as (RawCell | null)[][];
  const sheet = standardSpec.sheetName;
  const grid = arrayGrid(sheet, cells.map((row) => row.map((c) => c ?? undefined)), { protected: isProtected });
  const calls: Call[] = [];
  const refused: WriteOutcome = { done: false, reason: 'protected' };
  const access: WorkbookAccess = {
    capabilities: { highlight: true, fill: true, report: true, liveRecheck: false },
    async readTemplate() {
      calls.push({ kind: 'readTemplate' });
      return { grids: { sheetNames: [sheet], sheet: (n) => (n === sheet ? grid : undefined) }, sheet, protected: isProtected };
    },
    async highlight(marks) {
      calls.push({ kind: 'highlight', marks: [...marks] });
      return isProtected ? refused : { done: true, cells: marks.length };
    },
    async clearHighlights() {
      calls.push({ kind: 'clearHighlights' });
    },
    async select(s, cell) {
      calls.push({ kind: 'select', sheet: s, cell });
    },
    async fillDerived(fills) {
      calls.push({ kind: 'fillDerived', fills: [...fills] });
      return isProtected ? refused : { done: true, cells: fills.length };
    },
    async writeReport(s, table) {
      calls.push({ kind: 'writeReport', sheet: s, table });
      return { done: true, cells: table.length };
    },
  };
  const locale = pickLocale(params.get('locale') ?? 'zh-CN');
  const panel = createReviewPanel({ root: document.getElementById('app')!, access, spec: standardSpec, locale, context: { collection: { year: 2025, period: 'annual' } } });
  (window as unknown as { harness: unknown }).harness = { calls, panel };
  document.body.dataset.ready = 'true';
}

void start();
