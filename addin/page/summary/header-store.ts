/** The federation's own header fields on its 汇总 sheet, kept in this browser for the next merge. */
export interface HeaderFields {
  preparer: string;
  phone: string;
  head: string;
}

const KEY = 'union-stats.summary.header';

/** localStorage, or nothing where the browser gives none (EdgeHTML on file://, storage turned off). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' || localStorage === null ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function loadHeader(): HeaderFields {
  const empty: HeaderFields = { preparer: '', phone: '', head: '' };
  try {
    const saved = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<HeaderFields> | null;
    if (!saved || typeof saved !== 'object') return empty;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return { preparer: text(saved.preparer), phone: text(saved.phone), head: text(saved.head) };
  } catch {
    return empty;
  }
}

export function saveHeader(fields: HeaderFields): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(fields));
  } catch {
    // Full or refused storage: the fields are only not remembered.
  }
}
