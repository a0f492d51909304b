import { TemplateSpecSchema, type TemplateSpec } from './template-spec.js';

export interface SpecProblem {
  /** Path inside the spec, e.g. `rules[3].left[0]`. */
  path: string;
  message: string;
}

export type ParseSpecResult =
  | { success: true; spec: TemplateSpec }
  | { success: false; problems: SpecProblem[] };

export function formatSpecPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * Validates a template spec (already parsed from JSON). A bad spec is refused
 * with one problem per fault, each naming its path in the spec.
 * @example parseSpec(JSON.parse(text)).success
 */
export function parseSpec(input: unknown): ParseSpecResult {
  const result = TemplateSpecSchema.safeParse(input);
  if (result.success) return { success: true, spec: result.data };
  return {
    success: false,
    problems: result.error.issues.map((i) => ({ path: formatSpecPath(i.path) || '(root)', message: i.message })),
  };
}
