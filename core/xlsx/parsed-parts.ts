import { PartMemo } from './part-memo.js';
import type { ReadLimits } from './read-limits.js';
import type { ZipArchive } from './zip-archive.js';

/**
 * The workbook's own small parts (relationships, workbook, styles) as parsed
 * before in this thread, by their compressed bytes (see part-memo.ts): a merge
 * of files made from one template inflates, decodes and parses them once per
 * thread instead of once per file.
 */
const parsed = new PartMemo<unknown>(8);

/**
 * `parse` of a part's XML, or what a part of the same name and kind with the
 * very same bytes gave before; undefined when the archive has no such part.
 * `parse` must depend on the XML and the part name only (the file's name only
 * in its refusals), and its result is shared: callers never change it. The
 * archive's checks (local header, part size, inflate budget) are made either
 * way. Throws ReadRefusal.
 * @example const styles = parsePartOnce(archive, 'xl/styles.xml', 'styles', limits, (xml) => parseStyles(xml, file, 'xl/styles.xml'));
 */
export function parsePartOnce<T>(archive: ZipArchive, part: string, kind: string, limits: ReadLimits, parse: (xml: string) => T): T | undefined {
  const entry = archive.entry(part);
  if (!entry) return undefined;
  // A part over the size limit is left to readText, which refuses it as it always has.
  const located = entry.uncompressedSize <= limits.maxPartBytes ? archive.locate(part) : undefined;
  if (located) {
    const memo = parsed.find(`${kind}:${entry.name}`, entry, located.compressed, limits);
    // Counted against the inflate budget as reading it would be; when the budget says no, reading it refuses the file.
    if (memo !== undefined && archive.countAsInflated(entry)) return memo as T;
  }
  const value = parse(archive.readText(part) as string);
  if (located) parsed.remember(`${kind}:${entry.name}`, entry, located.compressed, limits, value);
  return value;
}
