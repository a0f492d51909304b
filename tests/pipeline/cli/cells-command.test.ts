import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { rawXlsx, sheetXml } from '../../fixtures/hostile/raw-xlsx.js';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cells-command-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基本情况统计表');
  ws.getCell('A1').value = '工会基本情况统计表';
  ws.mergeCells('A1:C1');
  ws.getCell('D9').value = 1250;
  ws.getCell('D11').value = 0.864;
  ws.getCell('D11').numFmt = '0.0%';
  ws.getCell('D12').value = { formula: 'D9*2' } as ExcelJS.CellFormulaValue;
  const other = wb.addWorksheet('说明', { state: 'hidden' });
  other.getCell('A1').value = '填表说明';
  file = join(dir, '玄武区.xlsx');
  await wb.xlsx.writeFile(file);
});

describe('unionstat cells', () => {
  test('--json lists every cell the reader saw, with type, formula state and number format', async () => {
    const effects = recordingEffects();
    expect(await runCli(['cells', file, '--json'], effects)).toBe(0);
    const out = JSON.parse(effects.stdout.join('\n'));
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.sheets.map((s: { name: string; hidden: boolean }) => [s.name, s.hidden])).toEqual([
      ['基本情况统计表', false],
      ['说明', true],
    ]);
    const sheet = out.sheets[0];
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.cells).toEqual([
      { address: 'A1', row: 1, col: 1, type: 'string', value: '工会基本情况统计表' },
      { address: 'D9', row: 9, col: 4, type: 'number', value: 1250 },
      { address: 'D11', row: 11, col: 4, type: 'number', value: 0.864, numFmt: '0.0%' },
      { address: 'D12', row: 12, col: 4, type: 'blank', value: null, formula: 'D9*2', uncachedFormula: true },
    ]);
  });

  test('the table for people, one sheet, with either reader', async () => {
    for (const reader of ['fast', 'exceljs']) {
      const effects = recordingEffects();
      expect(await runCli(['cells', file, '--sheet', '基本情况统计表', '--reader', reader], effects)).toBe(0);
      const text = effects.stdout.join('\n');
      expect(text).toContain('单元格');
      expect(text).toMatch(/D11\s+number\s+0\.864\s+0\.0%/);
      expect(text).toContain('=D9*2 (未计算)');
      expect(text).not.toContain('填表说明');
    }
  });

  test('an unreadable file prints the Chinese message and hint and exits 1', async () => {
    const csv = join(dir, '伪装.xlsx');
    writeFileSync(csv, '代码,本年\nA01,1250\n');
    const effects = recordingEffects();
    expect(await runCli(['cells', csv], effects)).toBe(1);
    const err = effects.stderr.join('\n');
    expect(err).toContain('伪装.xlsx 是文本文件');
    expect(err).toContain('请用统计表模板填报');
  });

  test('a missing file exits 1; an unknown sheet exits 2 and lists the sheets', async () => {
    const missing = recordingEffects();
    expect(await runCli(['cells', join(dir, '没有.xlsx')], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('找不到文件 没有.xlsx');
    const unknown = recordingEffects();
    expect(await runCli(['cells', file, '--sheet', '表二'], unknown)).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('“基本情况统计表”');
  });

  test('lists the cells present, whatever the extent: one value at XFD100000 and a merge A1:XFD100000', async () => {
    // A listing that walked the extent would visit 1.6 billion positions here (tens of seconds); this one visits two cells.
    const far = join(dir, '远处.xlsx');
    writeFileSync(far, rawXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="100000"><c r="XFD100000"><v>7</v></c></row>').replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD100000"/></mergeCells>')));
    const effects = recordingEffects();
    expect(await runCli(['cells', far, '--json'], effects)).toBe(0);
    const sheet = JSON.parse(effects.stdout.join('\n')).sheets[0];
    expect([sheet.rowCount, sheet.colCount, sheet.merges]).toEqual([100000, 16384, ['A1:XFD100000']]);
    expect(sheet.cells).toEqual([
      { address: 'A1', row: 1, col: 1, type: 'number', value: 1 },
      { address: 'XFD100000', row: 100000, col: 16384, type: 'number', value: 7 },
    ]);
  });
});
