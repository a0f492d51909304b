/**
 * A fault in a formula's text, as data: a catalog code (core/messages/formula-messages.ts)
 * and the values its message cites. `position` is 1-based, counted in characters
 * as a person counts them in the cell (第5个字符).
 */
export interface FormulaError {
  code: string;
  position: number;
  values: Record<string, string | number>;
}

export function formulaError(code: string, offset: number, values: Record<string, string | number> = {}): FormulaError {
  return { code, position: offset + 1, values: { position: offset + 1, ...values } };
}
