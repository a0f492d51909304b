import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { CliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';

export const TemplateOptions = z.object({
  spec: z.string().min(1).optional(),
  out: z.string().min(1),
});
export type TemplateOptions = z.infer<typeof TemplateOptions>;

export function registerTemplateCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  program
    .command('template')
    .description('生成空白统计表模板 / write the blank template workbook')
    .option('--spec <file>', '模板规格 JSON 或 指标体系.xlsx（默认：标准模板第 1 版）/ template spec JSON or workbook (default: standard v1)')
    .requiredOption('--out <file.xlsx>', '输出的模板文件 / the template file to write')
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
 * one line saying where. A bad spec or output path is a CliError.
 * @example await runTemplate({ out: 'template.xlsx' }, processEffects())
 */
export async function runTemplate(raw: unknown, effects: Effects): Promise<number> {
  const parsed = TemplateOptions.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError(`参数不正确：${problems}`, `Invalid options: ${problems}`);
  }
  const options = parsed.data;
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
