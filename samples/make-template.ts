import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { standardSpec } from '../core/templates/index.js';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';
import { loadSpecFile } from '../pipeline/io/load-spec.js';
import { buildTemplateWorkbook } from '../report/template/build-template-workbook.js';

/** Fixed document dates, so regenerating the sample changes nothing but what the template itself changes. */
export const SAMPLE_TEMPLATE_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** The template of two tables, made from samples/指标体系-两表.xlsx as `unionstat template --spec` makes it. */
export const TWO_TABLE_TEMPLATE = 'template-两表.xlsx';

/** A spec's template (by default the standard template v1, as committed in samples/template.xlsx). */
export function buildSampleTemplate(spec: TemplateSpec = standardSpec): ExcelJS.Workbook {
  const workbook = buildTemplateWorkbook(spec);
  workbook.created = SAMPLE_TEMPLATE_DATE;
  workbook.modified = SAMPLE_TEMPLATE_DATE;
  return workbook;
}

/** Writes the sample template to `path` (default samples/template.xlsx under the working directory). */
export async function makeSampleTemplate(path = resolve('samples', 'template.xlsx'), spec: TemplateSpec = standardSpec): Promise<string> {
  const bytes = await buildSampleTemplate(spec).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}

/** The two-table example's template, its spec read from the committed workbook by the CLI's own loader. */
export async function makeTwoTableTemplate(path = resolve('samples', TWO_TABLE_TEMPLATE)): Promise<string> {
  return makeSampleTemplate(path, await loadSpecFile(resolve('samples', '指标体系-两表.xlsx')));
}

// Run directly (node dist/node/samples/make-template.js [out.xlsx]) from the repository root:
// without an argument both sample templates, the standard one and the example of two tables.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const made = process.argv[2] ? makeSampleTemplate(process.argv[2]).then((p) => [p]) : Promise.all([makeSampleTemplate(), makeTwoTableTemplate()]);
  made.then(
    (paths) => process.stdout.write(paths.map((path) => `已生成样例模板：${path}\n`).join('')),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
