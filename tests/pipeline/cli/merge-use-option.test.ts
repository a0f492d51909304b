import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { buildTemplateWorkbook, fillTemplate } from '../../../report/template/index.js';
import { enteredFigures } from '../../support/entered-figures.js';

const ROSTER = ['代码,名称,上级,类别', '990100,示例市总工会,,本级', '990101,甲区总工会,990100,县区', '990104,丁区总工会,990100,县区'].join('\n');

async function writeSubmission(path: string, code: string, name: string, scale: number): Promise<void> {
  const wb = buildTemplateWorkbook(standardSpec);
  const figures = enteredFigures(scale);
  fillTemplate(wb, standardSpec, {
    header: { unitName: name, unitCode: code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-1234567' },
    current: figures,
    prior: figures,
  });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('unionstat merge --use 单位代码=文件路径', () => {
  const root = mkdtempSync(join(tmpdir(), 'unionstat-use-'));
  const inDir = join(root, 'in');
  const rosterPath = join(root, 'roster.csv');
  const merge = async (out: string, ...extra: string[]) => {
    const effects = recordingEffects();
    const code = await runCli(['merge', '--roster', rosterPath, '--in', inDir, '--out', out, ...extra], effects);
    return { code, effects };
  };

  beforeAll(async () => {
    mkdirSync(inDir, { recursive: true });
    writeFileSync(rosterPath, ROSTER);
    await writeSubmission(join(inDir, '甲区.xlsx'), '990101', '甲区总工会', 1);
    await writeSubmission(join(inDir, '丁区-1.xlsx'), '990104', '丁区总工会', 1);
    await writeSubmission(join(inDir, '丁区-2.xlsx'), '990104', '丁区总工会', 2);
  });

  test('the chosen file counts; 报送情况 and run.json say it was chosen; the exit code is 0 as nothing is left out', async () => {
    const out = join(root, 'out-chosen');
    const { code, effects } = await merge(out, '--use', `990104=${join(inDir, '丁区-2.xlsx')}`);
    expect(effects.stderr.join('\n')).not.toContain('意外错误');
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '汇总表.xlsx'));
    const sheet = wb.getWorksheet('报送情况')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const ding = rows.find((r) => r[0] === '990104')!;
    expect(ding).toEqual(expect.arrayContaining(['已报', '丁区-1.xlsx；丁区-2.xlsx（选定计入）', '是']));
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    const sha = createHash('sha256').update(readFileSync(join(inDir, '丁区-2.xlsx'))).digest('hex');
    expect(run.choices).toEqual([{ unitCode: '990104', file: '丁区-2.xlsx', sha256: sha, applied: true }]);
    expect(run.counts.unitsInTotal).toBe(2);
  });

  test('the file may be named as the outputs name it, relative to the input folder', async () => {
    const out = join(root, 'out-by-name');
    const { code } = await merge(out, '--use', '990104=丁区-1.xlsx');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).choices[0]).toMatchObject({ file: '丁区-1.xlsx', applied: true });
  });

  test('without --use the differing files are both left out and the run exits 1', async () => {
    const { code } = await merge(join(root, 'out-none'));
    expect(code).toBe(1);
  });

  test.each([
    [['--use', '990104'], '“990104”的格式应为 单位代码=文件路径'],
    [['--use', '990104=丁区-1.xlsx', '--use', '990104=丁区-2.xlsx'], '单位 990104 选定了不止一个文件，每个单位只能选定一个'],
    [['--use', '990104=别处.xlsx'], '--use 选定的文件 别处.xlsx 不在报表文件夹中'],
  ])('a bad --use %j stops the run with exit 2 and a Chinese message; nothing is written', async (extra, message) => {
    const out = join(root, `out-bad-${extra.length}-${extra[1].length}`);
    const { code, effects } = await merge(out, ...extra);
    expect(code).toBe(2);
    expect(effects.stderr.join('\n')).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});
