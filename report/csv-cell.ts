/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a quote, CR or LF
 * (quotes doubled). Text that a spreadsheet would read as a formula (`=`, `+`,
 * `-`, `@`, tab, CR first) gets a leading `'` (OWASP CSV injection advice);
 * numbers are written as numbers, so a negative change stays `-12`.
 */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * @example csvField('=SUM(A1)') // "'=SUM(A1)"
 * @example csvField(-12) // "-12"
 * @example csvField('a,b') // '"a,b"'
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // Only finite numbers reach a table; anything else is a programmer error upstream.
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return quoted(FORMULA_START.test(value) ? `'${value}` : value);
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
