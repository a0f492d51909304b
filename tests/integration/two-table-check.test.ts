import ExcelJS from 'exceljs';
import { a1 } from '../../core/grid/address.js';
import { extractTemplate } from '../../core/grid/index.js';
import type { Issue } from '../../core/issues/issue.js';
import { check } from '../../core/rules/index.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { readWorkbookWithExcelJS } from '../../pipeline/io/exceljs-reader.js';
import { buildTemplateWorkbook, fillTemplate, templateLayout, type TemplateFill } from '../../report/template/index.js';
import { buildUnitTemplate } from '../../report/template/build-unit-templates.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';
import { twoTableSpec as spec } from '../../samples/two-table-spec.js';

const unit = SAMPLE_UNITS[0];
const header = { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' };
const context = { collection: { year: 2025, period: 'annual' as const }, rosterCodes: new Set([unit.code]) };
const [t1, t2] = [templateLayout(spec, 0), templateLayout(spec, 1)];
const cellOf = (code: string, column: 'current' | 'prior' = 'current') => {
  const layout = t1.rows[code] !== undefined ? t1 : t2;
  return { sheet: layout.sheetName, cell: a1(layout.rows[code], layout.columns[column]!) };
};
const valid: TemplateFill = { header, current: unitFigures(unit, 2025), prior: unitFigures(unit, 2024) };

async function filled(fill: TemplateFill, edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = buildTemplateWorkbook(spec);
  fillTemplate(wb, spec, fill);
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function issuesBoth(bytes: Uint8Array): Promise<{ fast: Issue[]; exceljs: Issue[] }> {
  const out: Issue[][] = [];
  for (const read of [(b: Uint8Array) => Promise.resolve(readWorkbookFast(b, 'x.xlsx')), (b: Uint8Array) => readWorkbookWithExcelJS(b, 'x.xlsx')]) {
    const result = await read(bytes);
    if (!result.ok) throw new Error(result.issue.message.zh);
    const extraction = extractTemplate(spec, result.workbook);
    if (!extraction.ok) throw new Error(extraction.issues.map((i) => i.message.zh).join('\n'));
    out.push(check(spec, extraction.extracted, context).issues);
  }
  return { fast: out[0], exceljs: out[1] };
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.ruleId} ${i.sheet}!${i.cell ?? ''} [${i.related.join(' ')}]`);

describe('a template of two tables: written, filled, read and checked', () => {
  it('writes one sheet per table, the header block on the first, and _meta and 填表说明 as for one table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await filled(valid)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表一 组织建设', '表二 帮扶与经费', '填表说明', '_meta']);
    expect(wb.getWorksheet('表一 组织建设')!.getCell(1, 1).value).toBe('组织建设与民主管理');
    expect(wb.getWorksheet('表二 帮扶与经费')!.getCell(1, 1).value).toBe('帮扶与经费');
    expect(t2.header).toEqual([]);
    expect(t2.headRow).toBe(3);
    // The rate of 表二 (C10 = C01 × 10000 / C07) is a formula on its own sheet.
    const c10 = wb.getWorksheet('表二 帮扶与经费')!.getCell(t2.rows.C10, t2.columns.current!).value as ExcelJS.CellFormulaValue;
    expect(c10.formula).toBe(`IF(OR(${a1(t2.rows.C07, 4)}="",${a1(t2.rows.C07, 4)}=0),"",ROUND(${a1(t2.rows.C01, 4)}/${a1(t2.rows.C07, 4)}*10000,2))`);
  });

  it('checks clean with valid figures, through both readers', async () => {
    const { fast, exceljs } = await issuesBoth(await filled(valid));
    expect(brief(fast)).toEqual([]);
    expect(brief(exceljs)).toEqual([]);
  });

  it('names each issue’s own sheet and cell, a cross-table 审核公式 with the other table’s cell qualified', async () => {
    const current = { ...unitFigures(unit, 2025) };
    current.C08 = current.A04 + 1; // 表二's C08 > 表一's A04 (hard, 表间审核)
    current.C07 = current.A04 * 6; // soft 表间审核 written as a formula
    current.A02 = current.A01 + 10; // 表一's own rule
    const { fast, exceljs } = await issuesBoth(await filled({ ...valid, current }));
    const a04 = cellOf('A04');
    const expected = [
      `hard A02-le-A01 ${cellOf('A02').sheet}!${cellOf('A02').cell} [${cellOf('A01').cell}]`,
      `hard C08-le-A04 ${cellOf('C08').sheet}!${cellOf('C08').cell} [${a04.sheet}!${a04.cell}]`,
      `soft C07-le-A04x5 ${cellOf('C07').sheet}!${cellOf('C07').cell} [${a04.sheet}!${a04.cell}]`,
    ];
    const own = (issues: Issue[]) => brief(issues).filter((t) => /A02-le-A01|C08-le-A04|C07-le-A04x5/.test(t));
    expect(own(fast)).toEqual(expected);
    expect(own(exceljs)).toEqual(expected);
    const c07 = fast.find((i) => i.ruleId === 'C07-le-A04x5')!;
    expect(c07.message.zh).toContain(`C07（${current.C07}）`);
  });

  it('a deleted table sheet is its own hard issue, not thirty missing rows', async () => {
    const bytes = await filled(valid, (wb) => wb.removeWorksheet(wb.getWorksheet('表二 帮扶与经费')!.id));
    const { fast, exceljs } = await issuesBoth(bytes);
    for (const issues of [fast, exceljs]) {
      const structural = issues.filter((i) => i.code === 'table.sheet-missing' || i.code === 'structure.missing-row');
      expect(structural.map((i) => [i.code, i.message.zh])).toEqual([
        ['table.sheet-missing', '工作簿中没有“帮扶与经费”（工作表“表二 帮扶与经费”），该表的指标未能读取。'],
      ]);
    }
  });

  it('without the first table’s sheet (the header’s) the workbook is refused, saying which table is missing', async () => {
    const bytes = await filled(valid, (wb) => wb.removeWorksheet(wb.getWorksheet(t1.sheetName)!.id));
    const read = readWorkbookFast(bytes, 'x.xlsx');
    if (!read.ok) throw new Error(read.issue.message.zh);
    const extraction = extractTemplate(spec, read.workbook);
    expect(extraction.ok).toBe(false);
    if (!extraction.ok) expect(extraction.issues.map((i) => i.code)).toEqual(['table.sheet-missing']);
    if (!extraction.ok) expect(extraction.issues[0].values.expected).toBe(t1.sheetName);
  });

  it('a renamed table sheet is still found by its own codes, and said so; the other table is not taken for it', async () => {
    const bytes = await filled(valid, (wb) => {
      wb.getWorksheet('表二 帮扶与经费')!.name = '帮扶';
    });
    const { fast } = await issuesBoth(bytes);
    expect(brief(fast)).toEqual(['soft structure.sheet-renamed 帮扶! []']);
    const renamedFirst = await filled(valid, (wb) => {
      wb.getWorksheet('表一 组织建设')!.name = 'Sheet1';
    });
    const again = await issuesBoth(renamedFirst);
    expect(brief(again.fast)).toEqual(['soft structure.sheet-renamed Sheet1! []']);
  });
});

describe('a template of two tables: rows where they do not belong', () => {
  it('another table’s code on a sheet is not read there, and says which sheet it belongs on', async () => {
    const bytes = await filled(valid, (wb) => {
      const ws = wb.getWorksheet(t1.sheetName)!;
      const row = t1.lastRow + 1;
      ws.getCell(row, t1.columns.code!).value = 'C01';
      ws.getCell(row, t1.columns.current!).value = 999;
    });
    const { fast, exceljs } = await issuesBoth(bytes);
    for (const issues of [fast, exceljs]) {
      const elsewhere = issues.filter((i) => i.code === 'table.row-elsewhere');
      expect(elsewhere.map((i) => `${i.sheet}!${i.cell} ${i.message.zh}`)).toEqual([
        `${t1.sheetName}!${a1(t1.lastRow + 1, t1.columns.code!)} ${a1(t1.lastRow + 1, t1.columns.code!)} 的代码“C01”是“帮扶与经费”的指标，应填在工作表“表二 帮扶与经费”中；该行未读取。`,
      ]);
    }
    // 表二's own C01 is the one read: no sum-of-parts issue from the stray 999.
    expect(fast.filter((i) => i.severity === 'hard')).toEqual([]);
  });
});

describe('a pre-filled template of two tables', () => {
  it('locks 上年 on both tables’ sheets, and a 上年 changed on 表二 is a hard issue there', async () => {
    const prior = unitFigures(unit, 2024);
    const made = buildUnitTemplate(spec, { unitCode: unit.code, unitName: unit.name, year: 2025, period: 'annual', prior, priorSource: '汇总表.xlsx' });
    const priorCol = t1.columns.prior!;
    expect(made.getWorksheet(t1.sheetName)!.getCell(t1.rows.A01, priorCol).protection?.locked).toBe(true);
    expect(made.getWorksheet(t2.sheetName)!.getCell(t2.rows.C01, priorCol).protection?.locked).toBe(true);
    expect(made.getWorksheet(t2.sheetName)!.getCell(t2.headRow, priorCol).note).toBeDefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await made.xlsx.writeBuffer()) as ArrayBuffer);
    fillTemplate(wb, spec, { header: { preparer: header.preparer, phone: header.phone }, current: unitFigures(unit, 2025), prior: { C02: prior.C02 + 1 } });
    const { fast, exceljs } = await issuesBoth(new Uint8Array(await wb.xlsx.writeBuffer()));
    for (const issues of [fast, exceljs]) {
      expect(issues.filter((i) => i.code === 'meta.prior-changed').map((i) => `${i.sheet}!${i.cell}`)).toEqual([`${t2.sheetName}!${a1(t2.rows.C02, priorCol)}`]);
    }
  });
});
