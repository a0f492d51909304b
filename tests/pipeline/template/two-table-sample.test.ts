import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadSpecWorkbook } from '../../../pipeline/io/load-spec-workbook.js';
import { buildSampleSpecBook } from '../../../samples/make-spec-book.js';
import { buildSampleTemplate } from '../../../samples/make-template.js';
import { twoTableSpec } from '../../../samples/two-table-spec.js';
import { roundTrip } from './template-test-support.js';

const BOOK = fileURLToPath(new URL('../../../samples/指标体系-两表.xlsx', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../../samples/template-两表.xlsx', import.meta.url));

/** Every sheet's name, state and cells (values, formulas with their cached results), as the workbook's meaning. */
function contents(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = [cell.value, cell.numFmt, cell.protection?.locked];
      }),
    );
    return { name: ws.name, state: ws.state, merges: [...ws.model.merges].sort(), cells };
  });
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the two-table example in samples/', () => {
  it('指标体系-两表.xlsx is what samples/make-spec-book.ts generates, and reads back to the example spec', async () => {
    expect(contents(await load(BOOK))).toEqual(contents(await roundTrip(buildSampleSpecBook(twoTableSpec))));
    const read = await loadSpecWorkbook(BOOK);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.zh).join('\n'));
    expect(read.spec).toEqual(twoTableSpec);
  });

  it('template-两表.xlsx is the template of that workbook’s spec (regenerate both with npm run spec-book && npm run template)', async () => {
    const committed = await load(TEMPLATE);
    expect(committed.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['表一 组织建设', 'visible'],
      ['表二 帮扶与经费', 'visible'],
      ['填表说明', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
    expect(contents(committed)).toEqual(contents(await roundTrip(buildSampleTemplate(twoTableSpec))));
  });
});
