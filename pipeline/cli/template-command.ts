import type { Command } from 'commander';
import { dirname, join, resolve } from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import { z } from 'zod';
import { CliError, EXIT } from './cli-error.js';
import { parseOptions, PeriodOption, YearOption } from './cli-options.js';
import type { Effects } from './effects.js';
import { cliWords } from './localized-help.js';
import type { PriorFigures, PriorFiguresResult } from '../read/read-prior-figures.js';

export const TemplateOptions = z
  .object({
    spec: z.string().min(1).optional(),
    out: z.string().min(1),
    roster: z.string().min(1).optional(),
    prior: z.string().min(1).optional(),
    year: YearOption.optional(),
    period: PeriodOption.optional(),
  })
  .superRefine((o, ctx) => {
    if (o.roster && o.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: '按名册生成各单位模板时须指定统计年度 / --year is needed with --roster' });
    if (!o.roster && (o.prior || o.year !== undefined || o.period)) {
      ctx.addIssue({ code: 'custom', path: ['roster'], message: '--prior、--year、--period 只用于按名册生成各单位模板，请同时指定 --roster / --prior, --year and --period need --roster' });
    }
  });
export type TemplateOptions = z.infer<typeof TemplateOptions>;

export function registerTemplateCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  const t = cliWords(effects.lang);
  program
    .command('template')
    .description(t('help.template'))
    .option('--spec <file>', t('help.merge.spec'))
    .option('--roster <file>', t('help.template.roster'))
    .option('--prior <dir|file>', t('help.template.prior'))
    .option('--year <n>', t('help.template.year'))
    .option('--period <年报|上半年>', t('help.template.period'))
    .requiredOption('--out <file.xlsx|dir>', t('help.template.out'))
    .action(async (raw: Record<string, unknown>) => {
      setExit(await runTemplate(raw, effects));
    });
}

async function checkOutputPath(out: string): Promise<void> {
  if (!/\.xlsx$/i.test(out)) {
    throw new CliError(`输出文件必须以 .xlsx 结尾：${out}`, `The output file must end in .xlsx: ${out}`);
  }
  const dir = dirname(resolve(out));
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new CliError(`输出目录不存在：${dir}`, `Output folder does not exist: ${dir}`);
  }
}

/**
 * `unionstat template [--spec FILE] --out FILE.xlsx`: writes the blank
 * template of the spec (or of the standard template v1) atomically and prints
 * one line saying where. With `--roster 名册 --year N [--prior …] --out DIR`,
 * writes one pre-filled template per roster unit instead (see
 * writeUnitTemplates). A bad spec, roster or output path is a CliError.
 * @example await runTemplate({ out: 'template.xlsx' }, processEffects())
 */
export async function runTemplate(raw: unknown, effects: Effects): Promise<number> {
  const options = parseOptions(TemplateOptions, raw);
  if (options.roster) return runUnitTemplates(options, effects);
  await checkOutputPath(options.out);
  // Loaded here, not at startup, so other commands do not pay for exceljs.
  const { loadSpecFile } = await import('../io/load-spec.js');
  const { writeTemplateWorkbook } = await import('../template/write-template-workbook.js');
  const spec = await loadSpecFile(options.spec);
  try {
    await writeTemplateWorkbook(spec, options.out);
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError(`无法写出模板文件 ${options.out}：${reason}`, `Cannot write the template file ${options.out}: ${reason}`);
  }
  effects.out(
    effects.lang === 'en'
      ? `Template written: ${resolve(options.out)} (${spec.title.en}, ${spec.id} v${spec.version}, ${spec.indicators.length} indicators)`
      : `已生成模板：${resolve(options.out)}（${spec.title.zh}，${spec.id} 第 ${spec.version} 版，${spec.indicators.length} 项指标）`,
  );
  return EXIT.ok;
}

/** Last year's figures, or the CliError that says why there are none. */
function priorOrStop(path: string, read: PriorFiguresResult): PriorFigures {
  if (read.ok) return read.figures;
  switch (read.problem) {
    case 'missing':
      throw new CliError(`找不到上年数据 ${path}。`, `Cannot find the last-year data ${path}.`);
    case 'unreadable':
      throw new CliError(`无法读取上年汇总表 ${path}：${read.issue.message.zh}`, `Cannot read last year's summary ${path}: ${read.issue.message.en}`);
    case 'no-by-unit-sheet':
      throw new CliError(
        `${path} 中没有“分单位”工作表：请指定上年由 unionstat merge 生成的汇总表.xlsx，或上年各单位报表所在的文件夹。`,
        `${path} has no 分单位 sheet: give last year's 汇总表.xlsx written by unionstat merge, or the folder of last year's submissions.`,
      );
  }
}

async function runUnitTemplates(options: TemplateOptions, effects: Effects): Promise<number> {
  const out = resolve(options.out);
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new CliError(`--out 应为文件夹：${out}`, `--out must be a folder: ${out}`);
  const { loadSpecFile } = await import('../io/load-spec.js');
  const { loadRoster } = await import('../roster/index.js');
  const { readPriorFigures } = await import('../read/read-prior-figures.js');
  const { buildUnitTemplateFiles } = await import('../../report/template/build-unit-templates.js');
  const { terminalProgress } = await import('./terminal-progress.js');
  const { writeFileAtomic } = await import('../io/atomic-write.js');
  const spec = await loadSpecFile(options.spec);
  const roster = await loadRoster(options.roster!);
  const prior = options.prior ? priorOrStop(options.prior, await readPriorFigures(spec, options.prior, terminalProgress(effects))) : undefined;
  const files = await buildUnitTemplateFiles(spec, {
    units: roster.units,
    year: options.year!,
    period: options.period ?? 'annual',
    prior: prior?.byUnit,
    priorSources: prior?.sources,
  });
  await mkdir(out, { recursive: true }).catch((error: Error) => {
    throw new CliError(`无法创建输出文件夹 ${out}：${error.message}`, `Cannot create the output folder ${out}: ${error.message}`);
  });
  for (const file of files) await writeFileAtomic(join(out, file.name), file.bytes);
  const open = files.filter((f) => f.priorFilled === 0);
  const en = effects.lang === 'en';
  effects.out(
    en
      ? `${files.length} unit templates written to ${out}; last year pre-filled for ${files.length - open.length}.`
      : `已为 ${files.length} 个单位生成模板：${out}；其中 ${files.length - open.length} 个预置了上年数。`,
  );
  if (open.length > 0) {
    const names = open.map((f) => roster.units.find((u) => u.code === f.unitCode)?.name ?? f.unitCode).join('、');
    effects.out(en ? `No figures of last year, 上年 left open: ${names}` : `没有上年数、上年栏留待填写：${names}`);
  }
  return EXIT.ok;
}
