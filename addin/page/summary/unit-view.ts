import { countIssues, type Issue } from '../../../core/issues/issue.js';
import { isMultiTable, specTables } from '../../../core/spec/spec-tables.js';
import type { FileRecord, UnitStatusRow } from '../../../core/merge/merge-report.js';
import type { Locale } from '../../../core/messages/render-text.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { DEFAULT_READ_LIMITS } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { t } from '../../i18n/ui-text.js';
import { marksFor } from '../../review/marks-for.js';
import { renderIssues } from '../../taskpane/render-issues.js';
import { SheetView } from '../sheet-view.js';
import { bytesOf } from '../blob-bytes.js';

export interface UnitViewOptions {
  issuesHost: HTMLElement;
  sheetHost: HTMLElement;
  spec: TemplateSpec;
  locale: Locale;
  /** The report's file records, by name. */
  files: ReadonlyMap<string, FileRecord>;
  /** The File behind each name (read again, in this thread, when its sheet is shown). */
  blobs: ReadonlyMap<string, Blob>;
}

/**
 * One unit's issues, file by file, with cell and fix hint (the check page's
 * list), and the sheet of its file with the bad cells marked (the check page's
 * viewer); clicking an issue selects its cell.
 */
export async function showUnit(status: UnitStatusRow, options: UnitViewOptions): Promise<void> {
  const { issuesHost, sheetHost, locale, spec } = options;
  const doc = issuesHost.ownerDocument;
  issuesHost.replaceChildren();
  sheetHost.replaceChildren();
  const head = doc.createElement('h3');
  head.textContent = `${status.name}（${status.code}）`;
  issuesHost.append(head);
  const records = status.files.map((name) => options.files.get(name)).filter((r): r is FileRecord => Boolean(r));
  if (records.length === 0) {
    const p = doc.createElement('p');
    p.className = 'hint';
    p.textContent = t('unitNoFile', locale);
    issuesHost.append(p);
    return;
  }
  const view = new SheetView(sheetHost);
  let shown: FileRecord | undefined;
  let shownSheet: string | undefined;
  for (const record of records) {
    const name = doc.createElement('p');
    name.className = 'unit-file';
    name.textContent = record.file;
    issuesHost.append(name);
    if (record.issues.length === 0) {
      const p = doc.createElement('p');
      p.className = 'hint';
      p.textContent = t('unitNoIssues', locale);
      issuesHost.append(p);
      continue;
    }
    const list = renderIssues(doc, record.issues, countIssues(record.issues), locale, { withSheet: isMultiTable(spec) });
    list.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.issue');
      if (!button) return;
      // A template of several tables: the issue's own table sheet is shown.
      const issue = record.issues[Number(button.dataset.index)];
      void showSheet(record, record.issues, issue?.sheet).then(() => {
        if (button.dataset.cell) view.select(button.dataset.cell);
      });
    });
    issuesHost.append(list);
  }

  async function showSheet(record: FileRecord, issues: readonly Issue[], wanted?: string): Promise<void> {
    if (shown === record && (wanted === undefined || wanted === shownSheet)) return;
    const blob = options.blobs.get(record.file);
    if (!blob) return;
    const base = record.file.split('/').pop()!;
    const read = readWorkbookFast(await bytesOf(blob), base, DEFAULT_READ_LIMITS);
    if (!read.ok) return;
    const grids = read.workbook;
    const first = specTables(spec)[0].sheetName;
    const sheet =
      wanted !== undefined && grids.sheetNames.includes(wanted)
        ? wanted
        : record.sheet && grids.sheetNames.includes(record.sheet)
          ? record.sheet
          : grids.sheetNames.includes(first)
            ? first
            : grids.sheetNames[0];
    const grid = sheet ? grids.sheet(sheet) : undefined;
    if (!grid) return;
    view.show(grid);
    // Marks of every table's sheet; the view paints those of the sheet shown. An issue without a sheet is the file's sheet's.
    const home = record.sheet && grids.sheetNames.includes(record.sheet) ? record.sheet : grid.sheetName;
    view.setMarks(marksFor(issues, [home, ...specTables(spec).map((t) => t.sheetName).filter((n) => n !== home)]));
    shown = record;
    shownSheet = grid.sheetName;
  }
  await showSheet(records[0], records[0].issues);
}
