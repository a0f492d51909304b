/**
 * Just enough of Excel's value semantics to compute the cached results of the
 * template's formulas the way Excel would: blank cells, text that Excel
 * coerces in arithmetic, errors that propagate, ROUND half away from zero.
 */

/** What a cell holds for a formula: null for a blank cell. */
export type FormulaValue = null | number | string | boolean | { error: string };

export const VALUE_ERROR = { error: '#VALUE!' } as const;
export const DIV0_ERROR = { error: '#DIV/0!' } as const;

export function isError(v: FormulaValue): v is { error: string } {
  return typeof v === 'object' && v !== null;
}

/** `cell=""`: true for a blank cell and for the empty string. */
export function isEmptyText(v: FormulaValue): boolean {
  return v === null || v === '';
}

/** `cell=0`: true for a blank cell and the number 0; text and booleans never equal a number. */
export function equalsZero(v: FormulaValue): boolean {
  return v === null || v === 0;
}

// Text Excel (en-US) turns into a number in arithmetic: `1234`, `1,234.5`, `-3`, `12.5%`.
const COERCIBLE = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;

/** A value used in arithmetic: blank is 0, booleans 1/0, numeric text coerced, other text #VALUE!. */
export function toNumber(v: FormulaValue): number | { error: string } {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isError(v)) return v;
  const text = v.trim();
  if (!/\d/.test(text) || !COERCIBLE.test(text)) return VALUE_ERROR;
  const percent = text.endsWith('%');
  const n = Number(text.replace(/[,%]/g, ''));
  if (!Number.isFinite(n)) return VALUE_ERROR;
  return percent ? n / 100 : n;
}

/** Excel's ROUND: half away from zero, on the 15 significant digits Excel keeps. */
export function roundExcel(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}
