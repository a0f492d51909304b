/// <reference types="office-js" />

/** A property was read from a proxy before `context.sync()` filled it: a programmer error. */
export class ReadBeforeSyncError extends Error {
  constructor(what: string) {
    super(`${what} read before context.sync()`);
    this.name = 'ReadBeforeSyncError';
  }
}

/**
 * The loaded 2-D array of a range property. Real office-js throws on an
 * unloaded property; other proxies (and office-addin-mock) hand back a
 * placeholder instead. Either way reading before the sync is refused here.
 */
export function loadedGrid(value: unknown, what: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) throw new ReadBeforeSyncError(what);
  return value as unknown[][];
}

export function loadedScalar<T extends string | number | boolean>(value: unknown, kind: 'string' | 'number' | 'boolean', what: string): T {
  if (typeof value !== kind) throw new ReadBeforeSyncError(what);
  return value as T;
}

const codeOf = (error: unknown): string | undefined =>
  error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;

/** Excel refused a write because the sheet (or the workbook's structure) is protected. */
export function isProtectionError(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'AccessDenied';
}

/** `worksheets.getItem(name)` found no such sheet. */
export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}
