import type { Command } from 'commander';
import { z } from 'zod';
import type { Effects } from './effects.js';
import { ReaderOption } from './cli-options.js';

export const CellsCliOptions = z.object({
  file: z.string().min(1),
  sheet: z.string().min(1).optional(),
  json: z.boolean().default(false),
  reader: ReaderOption.default('fast'),
});
export type CellsCliOptions = z.infer<typeof CellsCliOptions>;

export function registerCellsCommand(program: Command, effects: Effects, setExit: (code: number) => void): void {
  program
    .command('cells')
    .description('逐个单元格显示读取结果：值、类型、公式、数字格式 / show what the reader saw, cell by cell')
    .argument('<file>', '工作簿文件 / workbook file')
    .option('--sheet <name>', '只显示该工作表 / only this sheet')
    .option('--json', '输出 JSON / machine-readable output')
    .option('--reader <r>', '读取方式 fast|exceljs / workbook reader', 'fast')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { runCellsCommand } = await import('./run-cells-command.js');
      setExit(await runCellsCommand({ ...raw, file }, effects));
    });
}
