import type { Issue } from '../../core/issues/issue.js';
import { messageCatalog } from '../../core/messages/catalog.js';

/**
 * Latin words a Chinese message may hold: product and format names a user
 * sees on screen (Excel, WPS, .xlsx) and units.
 */
const ALLOWED = new Set(['Excel', 'WPS', 'XML', 'CRC', 'DOCTYPE', 'xlsx', 'xls', 'xlsm', 'et', 'ods', 'OpenDocument', 'LibreOffice', 'Office', 'CSV', 'MB', 'MiB', 'KiB', 'ZIP', 'Microsoft']);

/** Placeholders that name or quote what is in the file (its name, a part, a sheet, a cell and its text, a spec's fingerprint) or the system's error code. */
const QUOTED = new Set(['file', 'part', 'other', 'sheet', 'cell', 'ref', 'text', 'type', 'index', 'errno', 'method', 'fingerprint', 'foundFingerprint']);

const latinWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED.has(word));

/**
 * The English words an issue's Chinese text holds that are neither names from
 * the file nor allowed product names: in the catalog's zh template (its
 * placeholders taken out), and in every value filled into it other than the
 * quoted ones (a `reason` carrying a library's or an exception's English
 * would show here).
 * @example englishIn(issue) // [] for a well-worded issue
 */
export function englishIn(issue: Issue): string[] {
  const entry = messageCatalog[issue.code];
  if (!entry) return [`(no catalog entry for ${issue.code})`];
  const words: string[] = [];
  for (const template of [entry.message.zh, entry.hint.zh]) {
    words.push(...latinWords(template.replace(/\{[A-Za-z0-9_.]+\}/g, '〇')));
    for (const [, key] of template.matchAll(/\{([A-Za-z0-9_.]+)\}/g)) {
      if (QUOTED.has(key)) continue;
      const value = issue.values[key];
      if (typeof value === 'string') words.push(...latinWords(value.replace(/\b\d+(\.\d+)? ?(B|KiB|MiB)\b/g, '')));
    }
  }
  return words;
}
