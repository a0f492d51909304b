import { a1, columnLetters } from '../../core/grid/address.js';
import type { Grid, RawCell } from '../../core/grid/grid.js';
import type { Issue } from '../../core/issues/issue.js';
import { isFastWorkbook } from '../../core/xlsx/fast-workbook.js';
import { FastGrid } from '../../core/xlsx/fast-grid.js';
import { readWorkbookFile } from '../io/read-workbook-file.js';
import { CliError, EXIT } from './cli-error.js';
import { CellsCliOptions } from './cells-command.js';
import { parseOptions } from './cli-options.js';
import type { Effects } from './effects.js';
import { formatTable } from './format-table.js';

/** One cell as `unionstat cells --json` prints it. */
export interface CellListing {
  address: string;
  row: number;
  col: number;
  type: RawCell['value']['type'];
  value: number | string | boolean | null;
  formula?: string;
  uncachedFormula?: boolean;
  numFmt?: string;
}

export interface SheetListing {
  name: string;
  hidden: boolean;
  protected: boolean;
  rowCount: number;
  colCount: number;
  merges: string[];
  cells: CellListing[];
}

/**
 * `unionstat cells FILE`: what the reader saw, cell by cell — to answer "why
 * did the merge read 0 here?" without opening the XML. Exit 1 when the file
 * (or a sheet) cannot be read, 2 for a sheet that does not exist.
 */
export async function runCellsCommand(raw: unknown, effects: Effects): Promise<number> {
  const options = parseOptions(CellsCliOptions, raw);
  const { result, sha256, bytes } = await readWorkbookFile(options.file, {
    reader: options.reader,
    preload: options.sheet ? [options.sheet] : 'all',
  });
  if (!result.ok) throw issueError(result.issue);
  const workbook = result.workbook;
  const names = options.sheet ? [options.sheet] : [...workbook.sheetNames];
  if (options.sheet && !workbook.sheetNames.includes(options.sheet)) {
    const list = workbook.sheetNames.map((n) => `“${n}”`).join('、');
    throw new CliError(`没有名为“${options.sheet}”的工作表。本文件的工作表：${list}`, `No sheet named "${options.sheet}". Sheets: ${list}`);
  }
  const sheets: SheetListing[] = [];
  for (const name of names) {
    const grid = workbook.sheet(name);
    if (!grid) {
      const issue = isFastWorkbook(workbook) ? workbook.sheetIssue(name) : undefined;
      if (issue) throw issueError(issue);
      throw new CliError(`无法读取工作表“${name}”。`, `Sheet "${name}" could not be read.`, EXIT.hardIssues);
    }
    sheets.push(listSheet(grid, workbook.hiddenSheets?.has(name) ?? false));
  }
  if (options.json) {
    effects.out(JSON.stringify({ file: options.file, sha256, bytes, reader: options.reader, sheets }, null, 2));
    return EXIT.ok;
  }
  const en = effects.lang === 'en';
  effects.out(`${options.file}  (${bytes} B, sha256 ${sha256.slice(0, 16)}…, ${en ? 'reader' : '读取方式'} ${options.reader})`);
  for (const sheet of sheets) {
    const flags = [sheet.hidden ? (en ? 'hidden' : '隐藏') : '', sheet.protected ? (en ? 'protected' : '受保护') : ''].filter(Boolean);
    effects.out('');
    effects.out(
      `${en ? 'Sheet' : '工作表'} ${sheet.name}${flags.length ? ` [${flags.join(', ')}]` : ''}: ` +
        `${sheet.rowCount} × ${sheet.colCount}, ${sheet.cells.length} ${en ? 'cells' : '个单元格'}` +
        (sheet.merges.length ? `, ${en ? 'merged' : '合并'} ${sheet.merges.join(' ')}` : ''),
    );
    if (sheet.cells.length === 0) continue;
    const head = en ? ['cell', 'type', 'value', 'formula', 'number format'] : ['单元格', '类型', '值', '公式', '数字格式'];
    const rows = sheet.cells.map((c) => [c.address, c.type, displayValue(c), displayFormula(c, en), c.numFmt ?? '']);
    for (const line of formatTable(head, rows)) effects.out(line);
  }
  return EXIT.ok;
}

function listSheet(grid: Grid, hidden: boolean): SheetListing {
  const cells: CellListing[] = [];
  if (grid instanceof FastGrid) {
    // The cells present, in row order: linear in what the sheet holds, not in its extent (a value at XFD100000).
    for (const { row, col, cell } of grid.usedCells()) cells.push(listCell(row, col, cell));
  } else {
    for (let row = 1; row <= grid.rowCount; row++) {
      for (let col = 1; col <= grid.colCount; col++) {
        const cell = grid.cell(row, col);
        if (cell.value.type === 'blank' && cell.formula === undefined) continue;
        cells.push(listCell(row, col, cell));
      }
    }
  }
  return {
    name: grid.sheetName,
    hidden,
    protected: grid.protected ?? false,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
    merges: grid.merges.map((m) => `${a1(m.top, m.left)}:${columnLetters(m.right)}${m.bottom}`),
    cells,
  };
}

function listCell(row: number, col: number, cell: RawCell): CellListing {
  const v = cell.value;
  const value = v.type === 'blank' ? null : v.type === 'date' ? v.serial : v.value;
  const listing: CellListing = { address: a1(row, col), row, col, type: v.type, value };
  if (cell.formula !== undefined) listing.formula = cell.formula;
  if (cell.uncachedFormula) listing.uncachedFormula = true;
  if (cell.numFmt !== undefined) listing.numFmt = cell.numFmt;
  return listing;
}

function displayValue(c: CellListing): string {
  if (c.value === null) return '';
  if (c.type === 'date' && typeof c.value === 'number') return `${c.value} (${serialToIso(c.value)})`;
  if (typeof c.value === 'string') return JSON.stringify(c.value).slice(1, -1);
  return String(c.value);
}

function displayFormula(c: CellListing, en: boolean): string {
  if (c.formula === undefined) return '';
  const state = c.uncachedFormula ? (en ? 'uncached' : '未计算') : en ? 'cached' : '有缓存值';
  return `=${c.formula} (${state})`;
}

/** A 1900-system serial as an ISO date-time (for display only). */
function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25_569) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function issueError(issue: Issue): CliError {
  return new CliError(`${issue.message.zh}\n${issue.hint.zh}`, `${issue.message.en}\n${issue.hint.en}`, EXIT.hardIssues);
}
