import type { RawCell, RawValue } from '../../core/grid/grid.js';

/** `Range.valueTypes` entries (ExcelApi 1.1). */
export type OfficeValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

function rawValue(value: unknown, type: OfficeValueType | undefined): RawValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) {
    // A formula that returns "" is a String with value "", not a blank.
    return type === 'String' ? { type: 'string', value: '' } : { type: 'blank' };
  }
  if (type === 'Error') return { type: 'error', value: String(value) };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  return { type: 'string', value: String(value) };
}

/**
 * One office-js cell (its entries in `values`, `formulas`, `numberFormat` and
 * `valueTypes`) as the core's RawCell. Excel always holds a formula's computed
 * result, so an Excel formula is never "uncached"; dates stay serial numbers
 * and the core reads the number format.
 */
export function rawCellFromOffice(value: unknown, formula: unknown, numberFormat: unknown, type?: OfficeValueType): RawCell {
  const cell: RawCell = { value: rawValue(value, type) };
  if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula.slice(1);
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.numFmt = numberFormat;
  return cell;
}
