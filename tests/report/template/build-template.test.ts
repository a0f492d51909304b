import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { decodeEmbeddedSpec } from '../../../core/spec/decode-embedded-spec.js';
import { embeddedSpecRows } from '../../../core/spec/embed-spec.js';
import { parseSpec, specFingerprint, type TemplateSpec, type TemplateSpecInput } from '../../../core/spec/index.js';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';
import { buildTemplateWorkbook } from '../../../report/template/index.js';
import { sheetProtectionOf } from '../../../report/template/protect-sheet.js';
import { formulaOf, headColumns, resultOf, roundTrip, rowsByCode } from '../../pipeline/template/template-test-support.js';

const spec = standardSpec;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
let rows: Record<string, number>;
let cols: Record<string, number>;
let headRow: number;

beforeAll(async () => {
  wb = await roundTrip(buildTemplateWorkbook(spec));
  ws = wb.getWorksheet(spec.sheetName)!;
  rows = rowsByCode(ws);
  ({ headRow, cols } = headColumns(ws, spec));
});

const cellAt = (code: string, key: string) => ws.getCell(rows[code], cols[key]);
const col = (key: string) => String.fromCharCode(64 + cols[key]);

describe('buildTemplateWorkbook: the table sheet', () => {
  it('has the title, the table head from spec.columns and every indicator row in spec order', () => {
    expect(ws.getCell('A1').value).toBe('工会基本情况统计表');
    expect(ws.model.merges).toContain('A1:G1');
    expect(spec.columns.map((c) => ws.getCell(headRow, cols[c.key]).value)).toEqual(['代码', '指标名称', '计量单位', '本年', '上年', '增减', '说明']);
    expect(Object.keys(rows)).toEqual(spec.indicators.map((i) => i.code));
    const order = spec.indicators.map((i) => rows[i.code]);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order[0]).toBeGreaterThan(headRow);
    for (const ind of spec.indicators) {
      expect(cellAt(ind.code, 'unit').value).toBe(ind.unit.zh);
      const name = cellAt(ind.code, 'name');
      if (ind.parent) {
        expect(name.value).toBe(`其中：${ind.name.zh}`);
        expect(name.alignment?.indent ?? 0).toBeGreaterThan(0);
      } else {
        expect(name.value).toBe(ind.name.zh);
        expect(name.alignment?.indent ?? 0).toBe(0);
      }
    }
  });

  it('puts section titles between sections with an empty code cell, never code-like', () => {
    for (let r = headRow + 1; r <= rows.C10; r++) {
      const code = ws.getCell(r, cols.code).value;
      if (code === null) {
        expect(String(ws.getCell(r, cols.name).value)).toMatch(/^[一二三四五六七八九十]、/);
      } else {
        expect(code).toMatch(/^[A-Z][0-9]{2}$/);
      }
    }
    expect(ws.getCell(rows.A01 - 1, cols.name).value).toBe('一、组织建设');
    expect(ws.getCell(rows.B01 - 1, cols.name).value).toBe('二、集体协商与民主管理');
    expect(ws.getCell(rows.C01 - 1, cols.name).value).toBe('三、帮扶工作');
  });

  it('lays out the header block as label/value pairs with unlocked input cells', () => {
    expect(ws.getCell('A3').value).toBe('填报单位');
    for (const field of spec.header) {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) => row.eachCell((cell) => {
        if (cell.value === field.label.zh && Number(cell.row) < headRow) found = cell;
      }));
      expect(found).toBeDefined();
      const value = ws.getCell(found!.row, Number(found!.col) + 1);
      expect(value.value).toBeNull();
      expect(value.protection?.locked).toBe(false);
    }
    const period = ws.getCell(ws.getCell('D4').value === '统计期' ? 'E4' : 'B4');
    expect(period.dataValidation?.type).toBe('list');
    expect(period.dataValidation?.formulae).toEqual(['"年报,上半年"']);
  });

  it('computes rates with formulas guarded against an empty or zero denominator, with real references', () => {
    for (const ind of spec.indicators.filter((i) => i.derive)) {
      const { numerator, denominator, factor } = ind.derive!;
      for (const key of ['current', 'prior']) {
        const c = col(key);
        const den = `${c}${rows[denominator]}`;
        expect(formulaOf(cellAt(ind.code, key))).toBe(
          `IF(OR(${den}="",${den}=0),"",ROUND(${c}${rows[numerator]}/${den}*${factor},${ind.decimals}))`,
        );
      }
    }
    // Spot-check against DOMAIN.md, so a wrong spec reading cannot pass by symmetry.
    expect(formulaOf(cellAt('A03', 'current'))).toBe(`IF(OR(D${rows.A01}="",D${rows.A01}=0),"",ROUND(D${rows.A02}/D${rows.A01}*100,1))`);
    expect(formulaOf(cellAt('C10', 'prior'))).toBe(`IF(OR(E${rows.C07}="",E${rows.C07}=0),"",ROUND(E${rows.C01}/E${rows.C07}*10000,2))`);
    expect(formulaOf(cellAt('A01', 'current'))).toBeUndefined();
  });

  it('gives every row an 增减 formula rounded to the indicator’s decimals', () => {
    for (const ind of spec.indicators) {
      const r = rows[ind.code];
      expect(formulaOf(cellAt(ind.code, 'change'))).toBe(`IF(OR(D${r}="",E${r}=""),"",ROUND(D${r}-E${r},${ind.decimals}))`);
    }
  });

  it('caches a result ("" when blank) on every formula cell of the saved file', async () => {
    const files = unzipSync(new Uint8Array((await buildTemplateWorkbook(spec).xlsx.writeBuffer()) as ArrayBuffer));
    const sheetXml = Object.entries(files)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, data]) => strFromU8(data));
    const cells = sheetXml.flatMap((xml) => xml.match(/<c [^>]*>(?:(?!<\/c>).)*<\/c>/g) ?? []);
    const formulaCells = cells.filter((c) => c.includes('<f>'));
    expect(formulaCells.length).toBe(spec.indicators.length + 2 * spec.indicators.filter((i) => i.derive).length);
    for (const c of formulaCells) expect(c).toMatch(/<\/f><v>[^<]*<\/v><\/c>$/);
    expect(resultOf(cellAt('A01', 'change'))).toBeUndefined(); // exceljs reads <v></v> back as no result
  });

  it('validates counts as whole numbers ≥ 0 and amounts as decimals ≥ 0, in Chinese', () => {
    for (const key of ['current', 'prior']) {
      const count = cellAt('A01', key).dataValidation;
      expect(count).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
      expect(count.error).toContain('应建会单位数');
      expect(count.error).toContain('整数');
      expect(count.prompt).toContain('没有的填 0');
      const amount = cellAt('C02', key).dataValidation;
      expect(amount).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
      expect(amount.error).toContain('送温暖资金');
      expect(amount.error).toContain('万元');
      expect(cellAt('A03', key).dataValidation).toBeUndefined();
    }
  });

  it('unlocks exactly the input cells: header values, entered 本年/上年, and 说明', () => {
    const unlocked = new Set<string>();
    for (let r = 1; r <= rows.C10; r++) {
      for (let c = 1; c <= spec.columns.length; c++) {
        const cell = ws.getCell(r, c);
        if (cell.protection?.locked === false) unlocked.add(cell.address);
      }
    }
    const expected = new Set<string>();
    for (const ind of spec.indicators) {
      if (!ind.derive) {
        expected.add(cellAt(ind.code, 'current').address);
        expected.add(cellAt(ind.code, 'prior').address);
      }
      expected.add(cellAt(ind.code, 'note').address);
    }
    const inTable = [...unlocked].filter((a) => Number(a.replace(/[A-Z]+/, '')) > headRow);
    expect(new Set(inTable)).toEqual(expected);
    const inHeader = [...unlocked].filter((a) => Number(a.replace(/[A-Z]+/, '')) < headRow);
    const masters = inHeader.filter((a) => !ws.getCell(a).isMerged || ws.getCell(a).master.address === a);
    expect(masters).toHaveLength(spec.header.length);
  });

  it('protects the sheet without a password', () => {
    const protection = sheetProtectionOf(ws)!;
    expect(protection.sheet).toBe(true);
    // Formatting stays allowed so the add-in can highlight cells on the protected sheet.
    expect(protection.formatCells).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(protection.algorithmName).toBeUndefined();
  });

  it('formats numbers by kind, uses a Chinese font and prints on A4 portrait fitted to width', () => {
    expect(cellAt('A01', 'current').numFmt).toBe('#,##0');
    expect(cellAt('C01', 'prior').numFmt).toBe('#,##0.00');
    expect(cellAt('A03', 'current').numFmt).toBe('0.0');
    expect(cellAt('C10', 'change').numFmt).toBe('#,##0.00');
    expect(cellAt('A01', 'name').font?.name).toBe('宋体');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    expect(ws.getColumn(cols.name).width).toBeGreaterThan(ws.getColumn(cols.code).width!);
  });
});

describe('buildTemplateWorkbook: 填表说明 and _meta', () => {
  const texts = (sheet: ExcelJS.Worksheet): string[] => {
    const out: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value !== null && !(cell.isMerged && cell.master.address !== cell.address)) out.push(String(cell.value));
    }));
    return out;
  };

  it('lists every indicator with code, name, unit, kind and how derived ones are computed', () => {
    const sheet = wb.getWorksheet('填表说明')!;
    const rowsOf: Record<string, string[]> = {};
    sheet.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string' && /^[A-Z][0-9]{2}$/.test(code)) rowsOf[code] = [2, 3, 4, 5, 6].map((c) => String(row.getCell(c).value ?? ''));
    });
    expect(Object.keys(rowsOf)).toEqual(spec.indicators.map((i) => i.code));
    expect(rowsOf.A01.slice(0, 3)).toEqual(['应建会单位数', '家', '计数类']);
    expect(rowsOf.A07[0]).toBe('其中：新就业形态劳动者会员数');
    expect(rowsOf.C02[2]).toBe('金额类');
    expect(rowsOf.A03[3]).toContain('A02 已建会单位数 ÷ A01 应建会单位数 × 100');
    expect(rowsOf.A03[3]).toContain('分母为空或为 0 时留空');
    expect(rowsOf.C10[3]).toContain('× 10000');
    expect(rowsOf.C01[3]).toContain('等于送温暖、金秋助学、医疗救助和其他帮扶资金之和');
    // The in-table rules naming the indicator; rules by kind are listed once below.
    expect(rowsOf.A01[4]).toBe('A02 ≤ A01（强制性）');
    expect(rowsOf.C01[4]).toBe('C01 = C02 + C03 + C04 + C05（强制性）、C06 ≤ C01（强制性）');
    expect(rowsOf.A05[4]).toBe('A05 ≤ A04（提示性）、A07 ≤ A05（强制性）、A08 ≤ A05（强制性）');
    expect(rowsOf.A09[4]).toBe('');
  });

  it('states every rule in words, with its severity, and the advice on empty cells', () => {
    const all = texts(wb.getWorksheet('填表说明')!);
    // 填表说明 shows what a rule checks, never its id.
    for (const rule of spec.rules) expect(all.filter((t) => t.includes(rule.id))).toEqual([]);
    expect(all).toContain('A02 已建会单位数 ≤ A01 应建会单位数（“本年、上年”栏）');
    expect(all).toContain('C01 帮扶资金合计 = C02 送温暖资金 + C03 金秋助学资金 + C04 医疗救助资金 + C05 其他帮扶资金（“本年、上年”栏，允许误差 0.01）');
    expect(all.some((t) => t.includes('数量、金额增减幅度超过 30%') && t.includes('10 个百分点'))).toBe(true);
    expect(all.filter((t) => t.startsWith('强制性审核')).length).toBe(spec.rules.filter((r) => r.severity === 'hard').length);
    expect(all.some((t) => t.includes('不要留空') && t.includes('不等于 0'))).toBe(true);
  });

  it('writes a very hidden _meta sheet with exactly templateId, version, fingerprint and the spec it carries', () => {
    const meta = wb.getWorksheet('_meta')!;
    expect(meta.state).toBe('veryHidden');
    const pairs: unknown[][] = [];
    meta.eachRow((row) => pairs.push([row.getCell(1).value, row.getCell(2).value]));
    expect(pairs).toEqual([
      ['templateId', 'union-basic'],
      ['version', 1],
      ['fingerprint', specFingerprint(spec)],
      ...embeddedSpecRows(spec),
    ]);
    const carried = decodeEmbeddedSpec({ format: String(pairs[3][1]), size: String(pairs[4][1]), parts: [String(pairs[5][1])] }, { templateId: 'union-basic', version: 1, fingerprint: specFingerprint(spec) });
    expect(carried.ok && carried.spec).toEqual(spec);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['基本情况统计表', '填表说明', '_meta']);
  });
});

describe('buildTemplateWorkbook: driven by the spec alone', () => {
  it('lays out another spec’s indicators, labels and formulas', async () => {
    const input = JSON.parse(JSON.stringify(unionBasicV1)) as TemplateSpecInput;
    input.id = 'county-extra';
    input.sheetName = '县区补充表';
    input.title = { zh: '县区补充统计表', en: 'County supplement' };
    input.sections = [{ id: 'D', title: { zh: '职工书屋', en: 'Reading rooms' } }];
    input.indicators = [
      { code: 'D01', section: 'D', name: { zh: '职工书屋数', en: 'Reading rooms' }, unit: { zh: '个', en: 'rooms' }, kind: 'count', decimals: 0 },
      { code: 'D02', section: 'D', name: { zh: '藏书量', en: 'Books' }, unit: { zh: '万册', en: '10k books' }, kind: 'amount', decimals: 1 },
      { code: 'D03', section: 'D', name: { zh: '每个书屋藏书', en: 'Books per room' }, unit: { zh: '万册/个', en: '10k per room' }, kind: 'ratio', decimals: 3, derive: { numerator: 'D02', denominator: 'D01', factor: 1 } },
    ];
    input.rules = [{ id: 'D02-ge-0', kind: 'range', severity: 'hard', appliesTo: { codes: ['D02'] }, min: 0 }];
    input.sentences = [];
    const parsed = parseSpec(input);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    const other: TemplateSpec = parsed.spec;
    const book = await roundTrip(buildTemplateWorkbook(other));
    const sheet = book.getWorksheet('县区补充表')!;
    expect(sheet.getCell('A1').value).toBe('县区补充统计表');
    const r = rowsByCode(sheet);
    expect(Object.keys(r)).toEqual(['D01', 'D02', 'D03']);
    expect(formulaOf(sheet.getCell(`D${r.D03}`))).toBe(`IF(OR(D${r.D01}="",D${r.D01}=0),"",ROUND(D${r.D02}/D${r.D01}*1,3))`);
    expect(sheet.getCell(`D${r.D02}`).numFmt).toBe('#,##0.0');
    expect(rowsByCode(book.getWorksheet('填表说明')!)).not.toHaveProperty('A01');
    expect(book.getWorksheet('_meta')!.getCell('B1').value).toBe('county-extra');
    expect(book.getWorksheet('_meta')!.getCell('B3').value).toBe(specFingerprint(other));
  });
});
