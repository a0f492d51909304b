import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
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

describe('unionstat spec on the two-table workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-table-spec-'));

  it('checks it, names its tables, and converts it to JSON and back to the same spec', async () => {
    const effects = recordingEffects();
    const json = join(dir, 'spec.json');
    expect(await runCli(['spec', BOOK, '--out', json], effects)).toBe(0);
    expect(effects.stdout[0]).toBe(`${BOOK} 无误：工会基本情况统计表（两表）（union-two-tables 第 1 版），30 项指标，分 2 张表（表一 组织建设、表二 帮扶与经费），33 条审核（其中审核公式 14 条）。`);
    expect(JSON.parse(readFileSync(json, 'utf8')).tables).toEqual(JSON.parse(JSON.stringify(twoTableSpec.tables)));
    const xlsx = join(dir, 'again.xlsx');
    expect(await runCli(['spec', json, '--out', xlsx], recordingEffects())).toBe(0);
    const again = await loadSpecWorkbook(xlsx);
    expect(again.ok && again.spec).toEqual(twoTableSpec);
  });

  it('reports a fault of the 表 sheet at its cell, in Chinese (exit 1)', async () => {
    const wb = await load(BOOK);
    wb.getWorksheet('表')!.getCell('E3').value = 'B、C';
    const bad = join(dir, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    const effects = recordingEffects();
    expect(await runCli(['spec', bad], effects)).toBe(1);
    expect(effects.stderr).toEqual([`${bad}：1 处错误`, '  表!E3：部分“B”已属于 表!A2 的表，每个部分只能属于一张表。']);
  });
});
