import { findWorkbooks, type FoundWorkbooks } from '../read/find-workbooks.js';
import { CliError } from './cli-error.js';

/** The workbooks among the inputs the user named; an input that does not exist stops the run (exit 2). */
export async function findInputs(inputs: readonly string[]): Promise<FoundWorkbooks> {
  const found = await findWorkbooks(inputs);
  const [missing] = found.missing;
  if (missing !== undefined) throw new CliError(`找不到输入文件或文件夹：${missing}`, `No such input file or folder: ${missing}`);
  return found;
}
