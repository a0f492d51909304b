import type { Command } from 'commander';
import { z } from 'zod';
import { startWorkbookThread } from '../write/workbook-thread.js';
import type { Effects } from './effects.js';
import { JobsOption, PeriodOption, ReaderOption, YearOption } from './cli-options.js';

export const MergeCliOptions = z.object({
  roster: z.string().min(1),
  in: z.array(z.string().min(1)).min(1),
  out: z.string().min(1),
  prior: z.string().min(1).optional(),
  year: YearOption.optional(),
  period: PeriodOption.optional(),
  spec: z.string().min(1).optional(),
  reader: ReaderOption.default('fast'),
  jobs: JobsOption.optional(),
  preparer: z.string().trim().min(1).max(50).optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  head: z.string().trim().min(1).max(50).optional(),
  feedback: z.boolean().optional(),
});
export type MergeCliOptions = z.infer<typeof MergeCliOptions>;

export function registerMergeCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description('审核并汇总各单位报表，计算同比，生成汇总表和报告语句 / check and merge submissions, write the summary')
    .requiredOption('--roster <file>', '名册 CSV 或 .xlsx（代码,名称,上级,类别）/ roster, CSV or .xlsx')
    .requiredOption('--in <dir...>', '报表所在文件夹 / folder(s) of submissions')
    .requiredOption('--out <dir>', '输出文件夹 / output folder')
    .option('--prior <dir|file>', '上年报表文件夹或上年汇总表 / last year\'s submissions or summary')
    .option('--year <n>', '统计年度 / year')
    .option('--period <p>', '统计期：年报 或 上半年 / period')
    .option('--spec <file>', '模板规格 JSON 或 指标体系.xlsx（默认为标准模板 v1）/ template spec JSON or workbook')
    .option('--reader <r>', '读取方式 fast|exceljs / workbook reader', 'fast')
    .option('--jobs <n>', '并行读取的线程数（默认：50 个文件以上每核一个）/ reader threads (default: one per core from 50 files)')
    .option('--preparer <name>', '汇总表的填报人（默认取名册“本级”行）/ preparer of the summary (default: the roster\'s 本级 row)')
    .option('--phone <tel>', '汇总表的联系电话（默认取名册“本级”行）/ phone on the summary (default: the roster\'s 本级 row)')
    .option('--head <name>', '汇总表的单位负责人 / head of the federation')
    .option('--feedback', '同时生成给各单位的审核意见和催报/退改清单（写入输出文件夹下的“审核意见”文件夹）/ also write each unit\'s feedback and the chase list (into the 审核意见 folder under --out)')
    .action(async (raw: Record<string, unknown>) => {
      // Before the merge's modules load: the workbook thread's own start-up (~0.3 s) overlaps with theirs.
      const workbook = startWorkbookThread();
      try {
        const { runMergeCommand } = await import('./run-merge-command.js');
        setExit(await runMergeCommand(raw, effects, workbook));
      } finally {
        workbook.dispose();
      }
    });
}
