import { Inflate, strFromU8 } from 'fflate';
import { parseSpec } from './parse-spec.js';
import { base64Decode } from './spec-base64.js';
import { EMBEDDED_SPEC_FORMAT, MAX_EMBEDDED_SPEC_BYTES, MAX_EMBEDDED_SPEC_PARTS, type EmbeddedSpecCells } from './embedded-spec-format.js';
import { fnv1a64Hex, specFingerprint } from './spec-fingerprint.js';
import type { TemplateSpec } from './template-spec.js';

/**
 * Why a carried spec is refused:
 * - `too-large`: its declared size is over MAX_EMBEDDED_SPEC_BYTES (nothing inflated);
 * - `garbled`: not this format, not base64, not deflate, not the size it declares, not JSON;
 * - `tampered`: it decodes, but not to the text its fingerprint (or template id and version) names;
 * - `unsupported`: intact, but this program cannot read all of it (a newer spec format, or invalid).
 */
export type EmbeddedSpecFault = 'too-large' | 'garbled' | 'tampered' | 'unsupported';

export type DecodedSpec =
  | { ok: true; spec: TemplateSpec; fingerprint: string }
  | { ok: false; fault: EmbeddedSpecFault; size?: number };

/** What the `_meta` rows beside the spec say it is. */
export interface EmbeddedSpecClaims {
  templateId: string;
  version: number;
  fingerprint?: string;
}

/** A few decoded specs by their text: a merge meets the same few versions in hundreds of files. */
const CACHE_SIZE = 8;
const cache = new Map<string, DecodedSpec>();

/**
 * The spec a template carries, decoded and verified: its declared size is
 * within the limit before anything is inflated, the inflated bytes are
 * exactly that size, their FNV-1a 64 is the `fingerprint` row, they parse
 * to a valid spec whose own fingerprint is the same (nothing this program
 * does not know was dropped) and whose id and version are the `_meta`'s.
 * Anything else is refused whole, never half used.
 * @example const d = decodeEmbeddedSpec(meta.embedded, meta); if (d.ok) check(d.spec, …)
 */
export function decodeEmbeddedSpec(cells: EmbeddedSpecCells, claims: EmbeddedSpecClaims): DecodedSpec {
  const key = `${claims.templateId}\u0000${claims.version}\u0000${claims.fingerprint ?? ''}\u0000${cells.format}\u0000${cells.size}\u0000${cells.parts.join('\u0000')}`;
  let decoded = cache.get(key);
  if (!decoded) {
    decoded = decode(cells, claims);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, decoded);
  }
  return decoded;
}

function decode(cells: EmbeddedSpecCells, claims: EmbeddedSpecClaims): DecodedSpec {
  if (cells.format !== EMBEDDED_SPEC_FORMAT || !/^\d{1,10}$/.test(cells.size)) return { ok: false, fault: 'garbled' };
  const size = Number(cells.size);
  if (size > MAX_EMBEDDED_SPEC_BYTES) return { ok: false, fault: 'too-large', size };
  if (cells.parts.length === 0 || cells.parts.length > MAX_EMBEDDED_SPEC_PARTS) return { ok: false, fault: 'garbled' };
  const compressed = base64Decode(cells.parts.join(''));
  // Deflate never grows a text by more than a few bytes per 16 KiB block: more input than that is not this spec.
  if (!compressed || compressed.length > size + 64 + Math.ceil(size / 1000)) return { ok: false, fault: 'garbled' };
  const bytes = inflateExactly(compressed, size);
  if (!bytes) return { ok: false, fault: 'garbled' };
  const text = strFromU8(bytes);
  if (claims.fingerprint === undefined || fnv1a64Hex(text) !== claims.fingerprint) return { ok: false, fault: 'tampered' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The fingerprint held, so the text is what was written: a writer's fault, not damage.
    return { ok: false, fault: 'unsupported' };
  }
  const parsed = parseSpec(json);
  if (!parsed.success || specFingerprint(parsed.spec) !== claims.fingerprint) return { ok: false, fault: 'unsupported' };
  if (parsed.spec.id !== claims.templateId || parsed.spec.version !== claims.version) return { ok: false, fault: 'tampered' };
  return { ok: true, spec: parsed.spec, fingerprint: claims.fingerprint };
}

/** Raw inflate that stops as soon as the output passes `size`; undefined unless it ends at exactly `size` bytes. */
function inflateExactly(compressed: Uint8Array, size: number): Uint8Array | undefined {
  const out = new Uint8Array(size);
  let written = 0;
  let finished = false;
  let over = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > size) {
      over = true;
      throw new RangeError('larger than declared');
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  const step = 16 * 1024;
  try {
    if (compressed.length === 0) inflater.push(compressed, true);
    for (let i = 0; i < compressed.length; i += step) inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
  } catch {
    return undefined;
  }
  return finished && !over && written === size ? out : undefined;
}
