import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import { standardSpec } from '../core/templates/index.js';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';
import { buildSpecWorkbook } from '../report/spec-book/build-spec-workbook.js';
import { SAMPLE_TEMPLATE_DATE } from './make-template.js';

/** The standard template v1 as the spec workbook committed in samples/指标体系.xlsx. */
export function buildSampleSpecBook(): ExcelJS.Workbook {
  const workbook = buildSpecWorkbook(standardSpec);
  workbook.created = SAMPLE_TEMPLATE_DATE;
  workbook.modified = SAMPLE_TEMPLATE_DATE;
  return workbook;
}

/** Writes the sample spec workbook to `path` (default samples/指标体系.xlsx under the working directory). */
export async function makeSampleSpecBook(path = resolve('samples', '指标体系.xlsx')): Promise<string> {
  const bytes = await buildSampleSpecBook().xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}

// Run directly (node dist/node/samples/make-spec-book.js [out.xlsx]) from the repository root.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  makeSampleSpecBook(process.argv[2]).then(
    (path) => process.stdout.write(`已生成样例指标体系：${path}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
