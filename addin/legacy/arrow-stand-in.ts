/**
 * What the page's bundle gets for `@uwdata/flechette` (webpack alias). arquero imports it only
 * for Apache Arrow import/export, which the merge never calls; flechette's module body holds
 * BigInt literals and reads BigInt64Array at load, which stop the whole page on engines without
 * BigInt (EdgeHTML 18). Each name arquero imports is here and refuses if it is ever called.
 */
function unavailable(name: string): never {
  throw new Error(`Apache Arrow (${name}) is not part of this page's build`);
}

export const columnFromArray = (): never => unavailable('columnFromArray');
export const columnFromValues = (): never => unavailable('columnFromValues');
export const tableFromColumns = (): never => unavailable('tableFromColumns');
export const tableFromIPC = (): never => unavailable('tableFromIPC');
export const tableToIPC = (): never => unavailable('tableToIPC');
