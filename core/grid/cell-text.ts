import { serialToIsoDate } from '../cells/excel-date.js';
import type { RawCell } from './grid.js';

/**
 * The text of a label, code, name or header cell, trimmed: numbers without
 * float noise or a trailing `.0` (320101 → `320101`), dates as `YYYY-MM-DD`,
 * blank as ''.
 */
export function cellText(raw: RawCell): string {
  const v = raw.value;
  switch (v.type) {
    case 'blank':
      return '';
    case 'string':
      return v.value.trim();
    case 'number':
      return Number.isInteger(v.value) ? String(v.value) : String(Number(v.value.toPrecision(15)));
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'date':
      return serialToIsoDate(v.serial);
    case 'error':
      return v.value;
  }
}
