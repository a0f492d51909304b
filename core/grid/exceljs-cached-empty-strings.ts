import { strFromU8, unzipSync } from 'fflate';

/**
 * Formula cells whose cached result is the empty string, per sheet name.
 *
 * Excel saves `=IF(A1="","",…)` over a blank as `<c t="str"><f>…</f><v></v></c>`;
 * exceljs reads that back as a formula without a result, which would make the
 * cell look never calculated. This scan of the sheet parts tells the adapter
 * which cells really hold "". Pure (fflate, no Node APIs), so the browser page
 * can use it too. Any failure yields an empty map: the cells then stay flagged
 * uncached, which is the cautious reading.
 */
export function findCachedEmptyStrings(bytes: Uint8Array): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  try {
    const files = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
    });
    const workbook = files['xl/workbook.xml'];
    const rels = files['xl/_rels/workbook.xml.rels'];
    if (!workbook || !rels) return result;
    const targets = new Map<string, string>();
    for (const m of strFromU8(rels).matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
      const id = attribute(m[1], 'Id');
      const target = attribute(m[1], 'Target');
      if (id && target) targets.set(id, partPath(target));
    }
    for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
      const name = attribute(m[1], 'name');
      const id = attribute(m[1], 'r:id') ?? attribute(m[1], 'id');
      const part = id ? targets.get(id) : undefined;
      const xml = part ? files[part] : undefined;
      if (!name || !xml) continue;
      const cells = emptyResultCells(strFromU8(xml));
      if (cells.size > 0) result.set(decodeXml(name), cells);
    }
  } catch {
    return new Map();
  }
  return result;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[2] ?? m[3]) : undefined;
}

function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return `xl/${target.replace(/^\.\//, '')}`;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A1 addresses of `<c>` elements holding a formula followed by an empty `<v>`. */
function emptyResultCells(xml: string): Set<string> {
  const cells = new Set<string>();
  const pattern = /<(?:\w+:)?c\b([^>]*?)>\s*<(?:\w+:)?f\b[^>]*?(?:\/>|>[^<]*<\/(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*\/>|<(?:\w+:)?v>\s*<\/(?:\w+:)?v>)/g;
  for (const m of xml.matchAll(pattern)) {
    const ref = attribute(m[1], 'r');
    if (ref) cells.add(ref);
  }
  return cells;
}
