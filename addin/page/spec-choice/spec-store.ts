import { parseSpec } from '../../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';

/** What this browser remembers of the spec a page was given: none, a spec still valid, or one that no longer parses. */
export type RememberedSpec = { kind: 'none' } | { kind: 'spec'; spec: TemplateSpec; file: string } | { kind: 'unusable'; file: string };

/** Where each page keeps its chosen spec (the pages are used by different people: each keeps its own). */
export const SPEC_STORE_KEYS = { summary: 'union-stats.summary.spec', check: 'union-stats.check.spec' } as const;

/** localStorage, or nothing where the browser gives none (EdgeHTML and IE on file://, storage turned off). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' || localStorage === null ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The spec remembered under `key`, validated again (a newer page may have changed the schema, a
 * hand may have changed the storage): a spec that no longer parses is reported, never used.
 */
export function loadChosenSpec(key: string): RememberedSpec {
  let saved: { spec?: unknown; file?: unknown } | null;
  try {
    saved = JSON.parse(storage()?.getItem(key) ?? 'null') as { spec?: unknown; file?: unknown } | null;
  } catch {
    saved = { file: '' };
  }
  if (saved === null) return { kind: 'none' };
  const file = typeof saved?.file === 'string' ? saved.file : '';
  const parsed = parseSpec(saved?.spec);
  return parsed.success ? { kind: 'spec', spec: parsed.spec, file } : { kind: 'unusable', file };
}

/** Keeps `spec` (and the name of the file it came from) for the next time the page opens; false when the browser keeps nothing. */
export function saveChosenSpec(key: string, spec: TemplateSpec, file: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify({ file, spec }));
    return true;
  } catch {
    // Full or refused storage: the spec is used now, only not remembered.
    return false;
  }
}

export function forgetChosenSpec(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to forget where nothing is kept.
  }
}
