import { readFile } from 'node:fs/promises';
import { parseSpec } from '../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';
import { CliError } from '../cli/cli-error.js';

/**
 * The template spec a command works with: the JSON file or the spec workbook
 * (指标体系.xlsx) given with --spec,
 * validated, or the bundled standard template v1 when no file is given.
 * A missing, unparsable or invalid file is a CliError (exit 2) that names the
 * file and lists every problem with its path in the spec.
 * @example const spec = await loadSpecFile(options.spec);
 */
export async function loadSpecFile(path?: string): Promise<TemplateSpec> {
  if (path === undefined) return standardSpec;
  if (/\.xlsx$/i.test(path)) return loadSpecBookFile(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到模板规格文件：${path}`, `Spec file not found: ${path}`);
    throw new CliError(`无法读取模板规格文件 ${path}：${(error as Error).message}`, `Cannot read spec file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    // A BOM is common in files saved by Windows Notepad.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError(`模板规格文件 ${path} 不是有效的 JSON：${reason}`, `Spec file ${path} is not valid JSON: ${reason}`);
  }
  const result = parseSpec(json);
  if (result.success) return result.spec;
  const lines = result.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
  throw new CliError(
    `模板规格文件 ${path} 有 ${result.problems.length} 处错误（位置：说明）：\n${lines}`,
    `Spec file ${path} has ${result.problems.length} problem(s) (path: message):\n${lines}`,
  );
}

/** --spec 指标体系.xlsx: every fault of the workbook, by sheet and cell. */
async function loadSpecBookFile(path: string): Promise<TemplateSpec> {
  // Loaded only for a workbook: JSON specs do not pay for the reader.
  const { loadSpecWorkbook, specProblemLines } = await import('./load-spec-workbook.js');
  const result = await loadSpecWorkbook(path);
  if (result.ok) return result.spec;
  const zh = specProblemLines(result.problems, 'zh').map((l) => `  - ${l}`).join('\n');
  const en = specProblemLines(result.problems, 'en').map((l) => `  - ${l}`).join('\n');
  throw new CliError(`指标体系 ${path} 有 ${result.problems.length} 处错误：\n${zh}`, `Spec workbook ${path} has ${result.problems.length} problem(s):\n${en}`);
}
