import { specFingerprint } from '../spec/spec-fingerprint.js';
import { indicatorsByCode } from '../spec/spec-lookup.js';
import type { ColumnKey, HeaderField, HeaderFieldKey, Indicator, TemplateSpec } from '../spec/template-spec.js';
import { normaliseLabel } from './normalise-label.js';

/** What extraction looks things up by, computed once per spec. */
export interface PreparedSpec {
  spec: TemplateSpec;
  /** Normalised head text → table column. */
  columnByLabel: ReadonlyMap<string, ColumnKey>;
  /** Normalised label → header field. */
  headerByLabel: ReadonlyMap<string, HeaderField>;
  /** Normalised labels that are a header field's own label (not an alias): they win over aliases. */
  primaryHeaderLabels: ReadonlySet<string>;
  headerByKey: ReadonlyMap<HeaderFieldKey, HeaderField>;
  indicatorByCode: ReadonlyMap<string, Indicator>;
  fingerprint: string;
}

const cache = new WeakMap<TemplateSpec, PreparedSpec>();

export function prepareSpec(spec: TemplateSpec): PreparedSpec {
  let prepared = cache.get(spec);
  if (!prepared) {
    prepared = build(spec);
    cache.set(spec, prepared);
  }
  return prepared;
}

function build(spec: TemplateSpec): PreparedSpec {
  const columnByLabel = new Map<string, ColumnKey>();
  // Labels first, then aliases: an alias never takes a text that is another column's own label.
  for (const c of spec.columns) setOnce(columnByLabel, normaliseLabel(c.label.zh), c.key);
  for (const c of spec.columns) {
    setOnce(columnByLabel, normaliseLabel(c.label.en), c.key);
    for (const a of c.aliases) setOnce(columnByLabel, normaliseLabel(a), c.key);
  }
  const headerByLabel = new Map<string, HeaderField>();
  for (const h of spec.header) setOnce(headerByLabel, normaliseLabel(h.label.zh), h);
  for (const h of spec.header) {
    setOnce(headerByLabel, normaliseLabel(h.label.en), h);
    for (const a of h.aliases) setOnce(headerByLabel, normaliseLabel(a), h);
  }
  return {
    spec,
    columnByLabel,
    headerByLabel,
    primaryHeaderLabels: new Set(spec.header.flatMap((h) => [normaliseLabel(h.label.zh), normaliseLabel(h.label.en)])),
    headerByKey: new Map(spec.header.map((h) => [h.key, h])),
    indicatorByCode: indicatorsByCode(spec),
    fingerprint: specFingerprint(spec),
  };
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (key !== '' && !map.has(key)) map.set(key, value);
}
