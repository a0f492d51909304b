import { RELATIONSHIPS_NAMESPACE, attribute, withXmlFallback, type XmlParser } from './parse-xml.js';

export interface Relationship {
  id: string;
  /** The last segment of the type URI: `officeDocument`, `worksheet`, `sharedStrings`… (transitional and strict alike). */
  kind: string;
  /** The target as a package part name (no leading `/`), resolved against the source part. */
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Parses a `.rels` part; targets are resolved relative to `sourcePart` unless absolute. Throws ReadRefusal. */
export function parseRelationships(xml: string, sourcePart: string, fileName: string, part: string): Relationship[] {
  return withXmlFallback((parse) => readRelationships(parse, xml, sourcePart, fileName, part));
}

function readRelationships(parse: XmlParser, xml: string, sourcePart: string, fileName: string, part: string): Relationship[] {
  const relationships: Relationship[] = [];
  parse(xml, fileName, part, {
    open(name, attributes, _selfClosing, namespace) {
      if (name !== 'Relationship' || namespace !== RELATIONSHIPS_NAMESPACE) return;
      const id = attribute(attributes, 'Id') ?? '';
      const type = attribute(attributes, 'Type') ?? '';
      const target = attribute(attributes, 'Target') ?? '';
      const external = (attribute(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
      relationships.push({
        id,
        kind: type.slice(type.lastIndexOf('/') + 1),
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return relationships;
}

/**
 * Resolves a relationship target to a part name: `/xl/worksheets/sheet1.xml` is
 * absolute, `worksheets/sheet1.xml` and `../xl/…` are relative to the source
 * part's folder. Percent-escapes are decoded.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target.replace(/\\/g, '/');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    /* keep the raw target: a lone % is a legal character in some producers' names */
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}
