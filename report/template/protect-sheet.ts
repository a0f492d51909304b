import type ExcelJS from 'exceljs';

/** exceljs's sheet protection model; it is on the worksheet but missing from the published typings. */
export interface SheetProtection {
  sheet?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  hashValue?: string;
  algorithmName?: string;
}

/**
 * Protects a sheet WITHOUT a password: locked cells resist accidental edits,
 * yet anyone may unprotect it (审阅 → 撤消工作表保护). Column widths and row
 * heights stay adjustable, and cell formatting is allowed so the add-in can
 * highlight problem cells without unprotecting the sheet. Synchronous, unlike
 * exceljs's `protect()`.
 */
export function protectWithoutPassword(ws: ExcelJS.Worksheet): void {
  const protection: SheetProtection = { sheet: true, formatCells: true, formatColumns: true, formatRows: true };
  (ws as unknown as { sheetProtection: SheetProtection }).sheetProtection = protection;
}

export function sheetProtectionOf(ws: ExcelJS.Worksheet): SheetProtection | null {
  return (ws as unknown as { sheetProtection?: SheetProtection | null }).sheetProtection ?? null;
}
