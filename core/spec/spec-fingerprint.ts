import type { TemplateSpec } from './template-spec.js';

/** JSON with object keys sorted, so the fingerprint does not depend on key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A short, stable fingerprint of a spec (FNV-1a 64 over canonical JSON): written
 * into the template's `_meta` sheet so a workbook made from another revision of
 * the spec is noticed. Pure (no Node crypto) because the add-in needs it too.
 */
export function specFingerprint(spec: TemplateSpec): string {
  const text = canonicalJson(spec);
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
