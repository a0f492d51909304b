import ExcelJS from 'exceljs';
import { workbookGridsFromExcelJS } from '../../../core/grid/exceljs-grid.js';
import { extractTemplate } from '../../../core/grid/extract-template.js';
import type { Issue } from '../../../core/issues/issue.js';
import { check } from '../../../core/rules/check.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';
import { cellOf, filledWorkbook, validFill } from '../../addin/template-fill.js';

/** The generated template filled with the sample unit's figures, B02 raised above B01, read back from its bytes. */
async function checkFilled(change: Record<string, number>, spec: TemplateSpec = standardSpec): Promise<Issue[]> {
  const wb = filledWorkbook({ ...validFill, current: { ...validFill.current, ...change } });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const extraction = extractTemplate(spec, workbookGridsFromExcelJS(read));
  if (!extraction.ok) throw new Error(extraction.issues[0].message.zh);
  return check(spec, extraction.extracted).issues;
}

const B01 = validFill.current!.B01 as number;
const summary = (issues: Issue[]) =>
  issues.map((i) => ({
    code: i.code,
    ruleId: i.ruleId,
    severity: i.severity,
    cell: i.cell,
    consequences: (i.consequences ?? []).map((c) => ({ code: c.code, ruleId: c.ruleId, severity: c.severity, cell: c.cell })),
  }));

describe('one mistake, one message', () => {
  it('B02 > B01 alone gives one hard issue, with the rate over 100 listed under it as its consequence', async () => {
    const issues = await checkFilled({ B02: B01 + 5 });
    expect(summary(issues)).toEqual([
      {
        code: 'compare',
        ruleId: 'B02-le-B01',
        severity: 'hard',
        cell: cellOf('B02'),
        consequences: [{ code: 'range.above-max.formula', ruleId: 'rates-0-100', severity: 'hard', cell: cellOf('B03') }],
      },
    ]);
    expect(issues[0].message.zh).toBe(`建立集体协商制度企业数（B02）本年为 ${B01 + 5}，大于已建会企业数（B01）${B01}。`);
    const rate = Math.round(((B01 + 5) / B01) * 1000) / 10;
    expect(issues[0].consequences![0].message.zh).toBe(`集体协商建制率（B03）本年的计算结果为 ${rate}，大于上限 100。`);
  });

  it('a rate computed by its formula is never blamed on typing, even when it is a mistake of its own', async () => {
    // The same figures under a spec where B02 ≤ B01 is only soft: the rate over 100 is then its own hard issue.
    const spec: TemplateSpec = {
      ...standardSpec,
      rules: standardSpec.rules.map((r) => (r.id === 'B02-le-B01' ? { ...r, severity: 'soft' as const } : r)),
    };
    const issues = await checkFilled({ B02: B01 + 5 }, spec);
    expect(summary(issues)).toEqual([
      { code: 'range.above-max.formula', ruleId: 'rates-0-100', severity: 'hard', cell: cellOf('B03'), consequences: [] },
      // The workbook was made from the standard spec, not this variant of it (whose table has the same indicators).
      { code: 'spec-meta.other-version-compatible', ruleId: 'spec-meta.other-version-compatible', severity: 'soft', cell: undefined, consequences: [] },
      { code: 'compare', ruleId: 'B02-le-B01', severity: 'soft', cell: cellOf('B02'), consequences: [] },
    ]);
    expect(issues[0].hint.zh).toBe('该单元格由公式计算，不用手工填写；请核对建立集体协商制度企业数（B02）和已建会企业数（B01）的本年数字。');
    for (const issue of issues) expect(issue.hint.zh).not.toMatch(/多打|放错了小数点|录错/);
  });

  it('A02 > A01 alone: 建会率 over 100 follows from it, and is not counted as a second hard issue', async () => {
    const A01 = validFill.current!.A01 as number;
    const issues = await checkFilled({ A02: A01 + 10 });
    expect(summary(issues)).toEqual([
      {
        code: 'compare',
        ruleId: 'A02-le-A01',
        severity: 'hard',
        cell: cellOf('A02'),
        consequences: [{ code: 'range.above-max.formula', ruleId: 'rates-0-100', severity: 'hard', cell: cellOf('A03') }],
      },
    ]);
  });

  it('a rate typed by hand that disagrees with its parts stays a mistake of its own', async () => {
    const A01 = validFill.current!.A01 as number;
    const issues = await checkFilled({ A02: A01 + 10, A03: 50 });
    expect(summary(issues).map((i) => `${i.ruleId}@${i.cell}`)).toEqual([`A02-le-A01@${cellOf('A02')}`, `derived-agree@${cellOf('A03')}`]);
    expect(issues[1].hint.zh).toContain('请改为');
  });

  it('a workbook never calculated gives one message, worded for Excel and WPS, with the count of cells', async () => {
    const wb = filledWorkbook(validFill);
    wb.getWorksheet(standardSpec.sheetName)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const extraction = extractTemplate(standardSpec, workbookGridsFromExcelJS(read));
    if (!extraction.ok) throw new Error('not extracted');
    const issues = check(standardSpec, extraction.extracted).issues;
    expect(summary(issues)).toEqual([{ code: 'workbook.uncached-formulas', ruleId: 'workbook.uncached-formulas', severity: 'soft', cell: 'F10', consequences: [] }]);
    // 增减 of every row (30) and 本年, 上年 of the six computed indicators (12).
    expect(issues[0].values.count).toBe(42);
    expect(issues[0].related).toHaveLength(41);
    expect(issues[0].message.zh).toBe('本表有 42 个公式单元格没有保存计算结果（F10、F11、D12、E12、F12 等），无法读出这些数字。');
    expect(issues[0].hint.zh).toBe('文件可能由其他程序生成，或保存时没有计算。请在 Excel 或 WPS 中打开后保存一次，再重新审核。');
  });
});
