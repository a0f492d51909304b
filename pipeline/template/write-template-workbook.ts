import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { buildTemplateWorkbook } from '../../report/template/build-template-workbook.js';

/** Builds the blank template of a spec and writes it atomically to `path`. */
export async function writeTemplateWorkbook(spec: TemplateSpec, path: string): Promise<void> {
  const workbook = buildTemplateWorkbook(spec);
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
}
