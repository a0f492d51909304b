import { deflateSync, strToU8 } from 'fflate';
import { base64Encode } from './spec-base64.js';
import { EMBEDDED_SPEC_FORMAT, EMBEDDED_SPEC_KEYS, EMBEDDED_SPEC_PART_CHARS, MAX_EMBEDDED_SPEC_BYTES } from './embedded-spec-format.js';
import { canonicalJson } from './spec-fingerprint.js';
import type { TemplateSpec } from './template-spec.js';

/**
 * The `_meta` rows that carry `spec` (see embedded-spec-format.ts), as text.
 * Parts are of about equal length: no short tail that a spreadsheet could take for a number.
 * Throws for a spec over the readers' limit: a template no reader would
 * accept must not be written (programmer or configuration error).
 * @example embeddedSpecRows(standardSpec) // [['spec.format', 'deflate-base64-1'], ['spec.size', '21034'], ['spec.1', 'rVr…']]
 */
export function embeddedSpecRows(spec: TemplateSpec): [string, string][] {
  const bytes = strToU8(canonicalJson(spec));
  if (bytes.length > MAX_EMBEDDED_SPEC_BYTES) {
    throw new Error(`spec ${spec.id} v${spec.version} is ${bytes.length} bytes as JSON, over the ${MAX_EMBEDDED_SPEC_BYTES} a template may carry`);
  }
  const text = base64Encode(deflateSync(bytes, { level: 9 }));
  const count = Math.max(1, Math.ceil(text.length / EMBEDDED_SPEC_PART_CHARS));
  const length = Math.ceil(text.length / count);
  const rows: [string, string][] = [
    [EMBEDDED_SPEC_KEYS.format, EMBEDDED_SPEC_FORMAT],
    [EMBEDDED_SPEC_KEYS.size, String(bytes.length)],
  ];
  for (let i = 0; i < count; i++) rows.push([`${EMBEDDED_SPEC_KEYS.partPrefix}${i + 1}`, text.slice(i * length, (i + 1) * length)]);
  return rows;
}
