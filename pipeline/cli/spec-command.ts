import type { Command } from 'commander';
import { dirname, extname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { specTables } from '../../core/spec/spec-tables.js';
import { CliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';
import { cliWords } from './localized-help.js';

export const SpecOptions = z.object({
  file: z.string().min(1),
  out: z.string().min(1).optional(),
});
export type SpecOptions = z.infer<typeof SpecOptions>;

export function registerSpecCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  const t = cliWords(effects.lang);
  program
    .command('spec')
    .description(t('help.spec-command'))
    .argument(`<${t('help.arg.file')}>`, t('help.spec-command.file'))
    .option('--out <file>', t('help.spec-command.out'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runSpec({ ...raw, file }, effects));
    });
}

const kindOf = (path: string) => extname(path).toLowerCase();

/**
 * `unionstat spec FILE [--out OUT]`: reads a spec workbook (every fault listed
 * by sheet and cell, exit 1) or a spec JSON (a bad one is a CliError), prints
 * what it holds and, with --out, writes it as JSON or as a workbook, atomically.
 * @example await runSpec({ file: '指标体系.xlsx', out: 'spec.json' }, processEffects())
 */
export async function runSpec(raw: unknown, effects: Effects): Promise<number> {
  const parsed = SpecOptions.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError(`参数不正确：${problems}`, `Invalid options: ${problems}`);
  }
  const { file, out } = parsed.data;
  for (const path of [file, out]) {
    if (path !== undefined && kindOf(path) !== '.xlsx' && kindOf(path) !== '.json') {
      throw new CliError(`文件须为 .xlsx 或 .json：${path}`, `The file must be .xlsx or .json: ${path}`);
    }
  }
  if (out !== undefined && resolve(out) === resolve(file)) {
    throw new CliError(`输出文件不能是输入文件本身：${out}`, `The output cannot be the input itself: ${out}`);
  }
  if (out !== undefined) {
    const dir = dirname(resolve(out));
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new CliError(`输出目录不存在：${dir}`, `Output folder does not exist: ${dir}`);
  }
  let spec: TemplateSpec;
  if (kindOf(file) === '.xlsx') {
    const { loadSpecWorkbook, specProblemLines } = await import('../io/load-spec-workbook.js');
    const result = await loadSpecWorkbook(file);
    if (!result.ok) {
      effects.err(effects.lang === 'en' ? `${file}: ${result.problems.length} problem(s)` : `${file}：${result.problems.length} 处错误`);
      for (const line of specProblemLines(result.problems, effects.lang)) effects.err(`  ${line}`);
      return EXIT.hardIssues;
    }
    spec = result.spec;
  } else {
    const { loadSpecFile } = await import('../io/load-spec.js');
    spec = await loadSpecFile(file);
  }
  const checks = spec.rules.filter((r) => r.kind === 'compare' || r.kind === 'sum-of-parts' || r.kind === 'formula').length;
  // A template of several tables names its sheets; one table says nothing more.
  const tables = specTables(spec);
  const sheets = tables.length > 1 ? { zh: `，分 ${tables.length} 张表（${tables.map((t) => t.sheetName).join('、')}）`, en: ` in ${tables.length} tables (${tables.map((t) => t.sheetName).join(', ')})` } : { zh: '', en: '' };
  effects.out(
    effects.lang === 'en'
      ? `${file} is valid: ${spec.title.en} (${spec.id} v${spec.version}), ${spec.indicators.length} indicators${sheets.en}, ${spec.rules.length} checks (${checks} written as formulas).`
      : `${file} 无误：${spec.title.zh}（${spec.id} 第 ${spec.version} 版），${spec.indicators.length} 项指标${sheets.zh}，${spec.rules.length} 条审核（其中审核公式 ${checks} 条）。`,
  );
  if (out === undefined) return EXIT.ok;
  const { writeFileAtomic } = await import('../io/atomic-write.js');
  let bytes: Uint8Array;
  if (kindOf(out) === '.json') bytes = new TextEncoder().encode(`${JSON.stringify(spec, null, 2)}\n`);
  else {
    const { buildSpecWorkbook } = await import('../../report/spec-book/build-spec-workbook.js');
    bytes = new Uint8Array((await buildSpecWorkbook(spec).xlsx.writeBuffer()) as ArrayBuffer);
  }
  try {
    await writeFileAtomic(out, bytes);
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError(`无法写出 ${out}：${reason}`, `Cannot write ${out}: ${reason}`);
  }
  effects.out(effects.lang === 'en' ? `Written: ${resolve(out)}` : `已写出：${resolve(out)}`);
  return EXIT.ok;
}
