import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import { standardSpec } from '../core/templates/index.js';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';
import { buildTemplateWorkbook } from '../report/template/build-template-workbook.js';

/** Fixed document dates, so regenerating the sample changes nothing but what the template itself changes. */
export const SAMPLE_TEMPLATE_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** The standard template v1 as committed in samples/template.xlsx. */
export function buildSampleTemplate(): ExcelJS.Workbook {
  const workbook = buildTemplateWorkbook(standardSpec);
  workbook.created = SAMPLE_TEMPLATE_DATE;
  workbook.modified = SAMPLE_TEMPLATE_DATE;
  return workbook;
}

/** Writes the sample template to `path` (default samples/template.xlsx under the working directory). */
export async function makeSampleTemplate(path = resolve('samples', 'template.xlsx')): Promise<string> {
  const bytes = await buildSampleTemplate().xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}

// Run directly (node dist/node/samples/make-template.js [out.xlsx]) from the repository root.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  makeSampleTemplate(process.argv[2]).then(
    (path) => process.stdout.write(`已生成样例模板：${path}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
