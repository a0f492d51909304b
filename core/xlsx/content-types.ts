import { CONTENT_TYPES_NAMESPACE, attribute, withXmlFallback, type XmlParser } from './parse-xml.js';

/** Part name (no leading `/`) → content type, from the `<Override>` entries of `[Content_Types].xml`. Throws ReadRefusal. */
export function parseContentTypeOverrides(xml: string, fileName: string, part: string): Map<string, string> {
  return withXmlFallback((parse) => readOverrides(parse, xml, fileName, part));
}

function readOverrides(parse: XmlParser, xml: string, fileName: string, part: string): Map<string, string> {
  const overrides = new Map<string, string>();
  parse(xml, fileName, part, {
    open(name, attributes, _selfClosing, namespace) {
      if (name !== 'Override' || namespace !== CONTENT_TYPES_NAMESPACE) return;
      const partName = attribute(attributes, 'PartName');
      const contentType = attribute(attributes, 'ContentType');
      if (partName && contentType) overrides.set(partName.replace(/^\/+/, ''), contentType);
    },
  });
  return overrides;
}

/** The first part whose content type matches, e.g. the workbook's `…sheet.main+xml`. */
export function findPartByContentType(overrides: Map<string, string>, pattern: RegExp): string | undefined {
  for (const [part, type] of overrides) if (pattern.test(type)) return part;
  return undefined;
}
