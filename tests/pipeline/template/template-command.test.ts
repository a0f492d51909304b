import ExcelJS from 'exceljs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardSpec, unionBasicV1 } from '../../../core/templates/index.js';
import { CliError, EXIT } from '../../../pipeline/cli/cli-error.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { runTemplate } from '../../../pipeline/cli/template-command.js';
import { loadSpecFile } from '../../../pipeline/io/load-spec.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unionstat-template-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadSheets(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function cliErrorOf(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe('runTemplate', () => {
  it('writes the standard template and prints one Chinese line with the path', async () => {
    const out = join(dir, '模板.xlsx');
    const effects = recordingEffects();
    expect(await runTemplate({ out }, effects)).toBe(EXIT.ok);
    expect(effects.stdout).toHaveLength(1);
    expect(effects.stdout[0]).toContain('已生成模板');
    expect(effects.stdout[0]).toContain(out);
    expect(await readdir(dir)).toEqual(['模板.xlsx']); // no temp file left behind
    const wb = await loadSheets(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([standardSpec.sheetName, '填表说明', '_meta']);
  });

  it('uses the spec given with --spec', async () => {
    const specPath = join(dir, 'spec.json');
    await writeFile(specPath, JSON.stringify({ ...unionBasicV1, title: { zh: '某市工会统计表', en: 'City form' } }));
    const out = join(dir, 'city.xlsx');
    await runTemplate({ spec: specPath, out }, recordingEffects());
    expect((await loadSheets(out)).getWorksheet(standardSpec.sheetName)!.getCell('A1').value).toBe('某市工会统计表');
  });

  it('refuses a bad spec with a CliError naming the file and each problem’s path', async () => {
    const specPath = join(dir, 'bad-spec.json');
    const bad = JSON.parse(JSON.stringify(unionBasicV1)) as { rules: { left?: string[] }[]; sheetName: string };
    bad.rules[0].left = ['A2'];
    bad.sheetName = '';
    await writeFile(specPath, JSON.stringify(bad));
    const out = join(dir, 'never.xlsx');
    const error = await cliErrorOf(runTemplate({ spec: specPath, out }, recordingEffects()));
    expect(error.exitCode).toBe(EXIT.usage);
    for (const text of [error.zh, error.en]) {
      expect(text).toContain(specPath);
      expect(text).toContain('rules[0].left[0]');
      expect(text).toContain('sheetName');
    }
    // The code A2 is both malformed and unknown: each problem gets its own line.
    expect(error.zh).toContain('3 处错误');
    expect(error.zh.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(3);
    expect(await readdir(dir)).toEqual(['bad-spec.json']);
  });

  it('refuses a missing spec, broken JSON, a non-.xlsx output and a missing folder', async () => {
    expect((await cliErrorOf(runTemplate({ spec: join(dir, 'nope.json'), out: join(dir, 'a.xlsx') }, recordingEffects()))).zh).toContain('找不到模板规格文件');
    await writeFile(join(dir, 'broken.json'), '{ "id": ');
    expect((await cliErrorOf(runTemplate({ spec: join(dir, 'broken.json'), out: join(dir, 'a.xlsx') }, recordingEffects()))).zh).toContain('不是有效的 JSON');
    expect((await cliErrorOf(runTemplate({ out: join(dir, 'a.xls') }, recordingEffects()))).zh).toContain('.xlsx');
    expect((await cliErrorOf(runTemplate({ out: join(dir, 'no', 'a.xlsx') }, recordingEffects()))).zh).toContain('输出目录不存在');
    expect(await readdir(dir)).toEqual(['broken.json']);
  });

  it('runs through the CLI: `unionstat template --out FILE`', async () => {
    const out = join(dir, 't.xlsx');
    const effects = recordingEffects('en');
    expect(await runCli(['template', '--out', out], effects)).toBe(EXIT.ok);
    expect(effects.stdout[0]).toContain('Template written');
    expect(await runCli(['template'], recordingEffects())).toBe(EXIT.usage);
  });
});

describe('loadSpecFile', () => {
  it('returns the standard spec when no file is given, and accepts a BOM', async () => {
    expect(await loadSpecFile()).toBe(standardSpec);
    const path = join(dir, 'bom.json');
    await writeFile(path, `\uFEFF${JSON.stringify(unionBasicV1)}`);
    expect((await loadSpecFile(path)).indicators).toHaveLength(30);
  });
});
