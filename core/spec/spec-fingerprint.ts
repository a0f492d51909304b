import type { TemplateSpec } from './template-spec.js';

/** JSON with object keys sorted, so the fingerprint does not depend on key order. */
export function canonicalJson(value: unknown): string {
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
 * FNV-1a 64 over the UTF-16 code units of `text` (each whole unit XORed in), as 16 hex digits.
 * Two 32-bit halves and Math.imul instead of BigInt, which the IE11 and EdgeHTML 18 webviews
 * of Office 2016/2019 lack.
 */
export function fnv1a64Hex(text: string): string {
  // Offset basis 0xcbf29ce484222325 as high and low halves.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // hash * 0x100000001b3 mod 2^64 = hash * 0x1b3 + (hash << 40):
    // the low 32 bits of the product come from lo * 0x1b3 alone; the high 32 bits take
    // the carry of that product, hi * 0x1b3 and lo << 8 (lo * 2^40 shifted into the high half).
    const loProduct = (lo >>> 0) * 0x1b3; // below 2^41: exact in a double
    const carry = Math.floor(loProduct / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hex8(hi) + hex8(lo);
}

function hex8(n: number): string {
  const s = (n >>> 0).toString(16);
  return '00000000'.slice(s.length) + s;
}

/**
 * A short, stable fingerprint of a spec (FNV-1a 64 over canonical JSON): written
 * into the template's `_meta` sheet so a workbook made from another revision of
 * the spec is noticed. Pure (no Node crypto) because the add-in needs it too.
 */
export function specFingerprint(spec: TemplateSpec): string {
  return fnv1a64Hex(canonicalJson(spec));
}
