import { parseSpec } from '../spec/parse-spec.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import { unionBasicV1 } from './union-basic-v1.js';

export { unionBasicV1 } from './union-basic-v1.js';

function validated(input: unknown): TemplateSpec {
  const result = parseSpec(input);
  // A bundled spec that does not validate is a programmer error.
  if (!result.success) throw new Error(`bundled spec invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.spec;
}

/** The standard template v1, validated. */
export const standardSpec: TemplateSpec = validated(unionBasicV1);

/** Bundled specs by `id@version`, so a workbook's `_meta` can name the one it was made from. */
export const bundledSpecs: ReadonlyMap<string, TemplateSpec> = new Map([[`${standardSpec.id}@${standardSpec.version}`, standardSpec]]);
