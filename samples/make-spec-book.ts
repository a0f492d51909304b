import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { standardSpec } from '../core/templates/index.js';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';
import { buildSpecWorkbook } from '../report/spec-book/build-spec-workbook.js';
import { SAMPLE_TEMPLATE_DATE } from './make-template.js';
import { twoTableSpec } from './two-table-spec.js';

/** Where the example of a template with two tables is committed, beside samples/指标体系.xlsx. */
export const TWO_TABLE_SPEC_BOOK = '指标体系-两表.xlsx';

/** A spec (by default the standard template v1) as the spec workbook committed in samples/. */
export function buildSampleSpecBook(spec: TemplateSpec = standardSpec): ExcelJS.Workbook {
  const workbook = buildSpecWorkbook(spec);
  workbook.created = SAMPLE_TEMPLATE_DATE;
  workbook.modified = SAMPLE_TEMPLATE_DATE;
  return workbook;
}

/** Writes the sample spec workbook to `path` (default samples/指标体系.xlsx under the working directory). */
export async function makeSampleSpecBook(path = resolve('samples', '指标体系.xlsx'), spec: TemplateSpec = standardSpec): Promise<string> {
  const bytes = await buildSampleSpecBook(spec).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}

// Run directly (node dist/node/samples/make-spec-book.js [out.xlsx]) from the repository root:
// without an argument both sample workbooks, the standard one and the example of two tables.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const made = process.argv[2] ? [makeSampleSpecBook(process.argv[2])] : [makeSampleSpecBook(), makeSampleSpecBook(resolve('samples', TWO_TABLE_SPEC_BOOK), twoTableSpec)];
  Promise.all(made).then(
    (paths) => process.stdout.write(paths.map((path) => `已生成样例指标体系：${path}\n`).join('')),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
