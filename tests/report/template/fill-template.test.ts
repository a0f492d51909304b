import ExcelJS from 'exceljs';
import { standardSpec } from '../../../core/templates/index.js';
import { readWorkbookWithExcelJS } from '../../../pipeline/io/exceljs-reader.js';
import { buildTemplateWorkbook, fillTemplate, type TemplateFill } from '../../../report/template/index.js';
import { formulaOf, headColumns, resultOf, roundTrip, rowsByCode } from '../../pipeline/template/template-test-support.js';

const spec = standardSpec;

async function filled(fill: TemplateFill) {
  const wb = await roundTrip(fillTemplate(buildTemplateWorkbook(spec), spec, fill));
  const ws = wb.getWorksheet(spec.sheetName)!;
  const rows = rowsByCode(ws);
  const { cols } = headColumns(ws, spec);
  const at = (code: string, key: string) => ws.getCell(rows[code], cols[key]);
  return { wb, ws, at };
}

describe('fillTemplate', () => {
  it('writes values and recomputes the cached rate: A01=200, A02=150 → A03 = 75', async () => {
    const { at } = await filled({ current: { A01: 200, A02: 150 }, prior: { A01: 180, A02: 120 } });
    expect(at('A01', 'current').value).toBe(200);
    expect(resultOf(at('A03', 'current'))).toBe(75);
    expect(resultOf(at('A03', 'prior'))).toBeCloseTo(66.7, 10);
    // 增减 of the counts and, in percentage points, of the rate.
    expect(resultOf(at('A01', 'change'))).toBe(20);
    expect(resultOf(at('A02', 'change'))).toBe(30);
    expect(resultOf(at('A03', 'change'))).toBeCloseTo(8.3, 10);
    expect(formulaOf(at('A03', 'change'))).toBeDefined();
  });

  it('leaves a rate empty, not 0 and not an error, when the denominator is 0 or empty', async () => {
    const { at } = await filled({ current: { A01: 0, A02: 0, A04: 500 }, prior: {} });
    // exceljs reads a cached "" back as no result; the reader below tells the two apart.
    expect(resultOf(at('A03', 'current'))).toBeUndefined();
    // A05 blank over A04 = 500: Excel reads a blank numerator as 0.
    expect(resultOf(at('A06', 'current'))).toBe(0);
    const wb = fillTemplate(buildTemplateWorkbook(spec), spec, { current: { A01: 0, A04: 500 } });
    const ws = wb.getWorksheet(spec.sheetName)!;
    const rows = rowsByCode(ws);
    expect(resultOf(ws.getCell(`D${rows.A03}`))).toBe('');
    expect(resultOf(ws.getCell(`D${rows.A06}`))).toBe(0);
  });

  it('produces a file whose every formula reads as cached through the reader', async () => {
    const wb = fillTemplate(buildTemplateWorkbook(spec), spec, {
      current: { A01: 200, A02: 150, A04: 1000, A05: 0, C01: 12.34, C07: 100 },
      prior: { A01: 0 },
    });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await readWorkbookWithExcelJS(bytes, 'filled.xlsx');
    if (!result.ok) throw new Error(result.issue.message.en);
    const grid = result.workbook.sheet(spec.sheetName)!;
    let formulas = 0;
    for (let r = 1; r <= grid.rowCount; r++) {
      for (let c = 1; c <= grid.colCount; c++) {
        const cell = grid.cell(r, c);
        if (!cell.formula) continue;
        formulas++;
        expect({ cell: `${r},${c}`, uncached: cell.uncachedFormula ?? false }).toEqual({ cell: `${r},${c}`, uncached: false });
      }
    }
    expect(formulas).toBe(spec.indicators.length + 2 * spec.indicators.filter((i) => i.derive).length);
    const rows = rowsByCode((await roundTrip(wb)).getWorksheet(spec.sheetName)!);
    expect(grid.cell(rows.A03, 4).value).toEqual({ type: 'number', value: 75 });
    expect(grid.cell(rows.A03, 5).value).toEqual({ type: 'string', value: '' });
    expect(grid.cell(rows.A06, 4).value).toEqual({ type: 'number', value: 0 });
    // 12.34 万元 over 100 person-times = 1234 元 per person-time.
    expect(grid.cell(rows.C10, 4).value).toEqual({ type: 'number', value: 1234 });
  });

  it('rounds half away from zero like Excel’s ROUND', async () => {
    const { at } = await filled({ current: { A01: 16, A02: 1, B01: 8, B02: 1 } });
    expect(resultOf(at('A03', 'current'))).toBe(6.3); // 6.25
    expect(resultOf(at('B03', 'current'))).toBe(12.5);
  });

  it('writes strings as strings and caches what Excel would compute from them', async () => {
    const { at } = await filled({ current: { A04: '1,234', A05: 900, A07: '１２３', A01: '无', A02: 5, B01: ' 40 ', B02: 10 } });
    expect(at('A04', 'current').value).toBe('1,234');
    expect(at('A07', 'current').value).toBe('１２３');
    // Excel turns numeric text into a number in arithmetic …
    expect(resultOf(at('A06', 'current'))).toBe(72.9);
    expect(resultOf(at('B03', 'current'))).toBe(25);
    // … but not 无: the rate is #VALUE!, as Excel would show it.
    expect(resultOf(at('A03', 'current'))).toEqual({ error: '#VALUE!' });
  });

  it('fills the header, the notes and a value typed over a formula, and clears with null', async () => {
    const { ws, at } = await filled({
      header: { unitName: '城关区总工会', unitCode: '420102', year: 2025, period: '年报' },
      current: { A01: 200, A02: 150, A03: 80, A09: 7 },
      prior: { A03: 70, A09: null },
      notes: { A09: '开展集中建会行动' },
    });
    expect(ws.getCell('B3').value).toBe('城关区总工会');
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain('420102');
    expect(values).toContain(2025);
    expect(values).toContain('年报');
    expect(at('A09', 'note').value).toBe('开展集中建会行动');
    expect(at('A03', 'current').value).toBe(80);
    expect(formulaOf(at('A03', 'current'))).toBeUndefined();
    expect(resultOf(at('A03', 'change'))).toBe(10);
    expect(at('A09', 'prior').value).toBeNull();
  });

  it('recomputes when filled again', async () => {
    const wb = fillTemplate(buildTemplateWorkbook(spec), spec, { current: { A01: 200, A02: 150 } });
    fillTemplate(wb, spec, { current: { A02: 50 } });
    const ws = (await roundTrip(wb)).getWorksheet(spec.sheetName)!;
    expect(resultOf(ws.getCell(`D${rowsByCode(ws).A03}`))).toBe(25);
  });

  it('refuses an unknown indicator code or a workbook of another template', () => {
    expect(() => fillTemplate(buildTemplateWorkbook(spec), spec, { current: { Z99: 1 } })).toThrow('Z99');
    expect(() => fillTemplate(new ExcelJS.Workbook(), spec, {})).toThrow(spec.sheetName);
  });
});
