import type { Command } from 'commander';
import { z } from 'zod';
import type { Effects } from './effects.js';
import { PeriodOption, ReaderOption, YearOption } from './cli-options.js';

export const CheckCliOptions = z.object({
  paths: z.array(z.string().min(1)).min(1),
  roster: z.string().min(1).optional(),
  year: YearOption.optional(),
  period: PeriodOption.optional(),
  spec: z.string().min(1).optional(),
  json: z.boolean().default(false),
  report: z.string().min(1).optional(),
  reader: ReaderOption.default('fast'),
});
export type CheckCliOptions = z.infer<typeof CheckCliOptions>;

export function registerCheckCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('审核报表：强制性错误、提示性问题，指出单元格和改法 / check submissions')
    .argument('<paths...>', '报表文件或文件夹 / workbook files or folders')
    .option('--roster <file>', '名册 CSV：核对单位代码 / roster CSV to check unit codes')
    .option('--year <n>', '本次收集的统计年度 / year of the collection')
    .option('--period <p>', '统计期：年报 或 上半年 / period')
    .option('--spec <file>', '模板规格 JSON 或 指标体系.xlsx / template spec JSON or workbook')
    .option('--json', '输出 JSON / machine-readable output')
    .option('--report <file.xlsx>', '写出审核结果工作簿 / write the 审核结果 workbook')
    .option('--reader <r>', '读取方式 fast|exceljs / workbook reader', 'fast')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runCheckCommand } = await import('./run-check-command.js');
      setExit(await runCheckCommand({ ...raw, paths }, effects));
    });
}
