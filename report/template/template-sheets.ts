// Types only: the merge streams its workbook with exceljs's writer alone, without loading the whole library.
import type ExcelJS from 'exceljs';
import { a1 } from '../../core/grid/address.js';
import { indentLevel, rowLabel } from '../../core/spec/spec-lookup.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { indicatorValidation, periodValidation, yearValidation } from './input-validation.js';
import { addInstructionsSheet } from './instructions-sheet.js';
import { addMetaSheet } from './meta-sheet.js';
import { protectWithoutPassword } from './protect-sheet.js';
import { recomputeFormulas } from './recompute-formulas.js';
import { templateLayouts, type TemplateLayout } from './template-layout.js';
import {
  boldFont,
  bodyFont,
  cellBorder,
  columnWidths,
  computedFill,
  headFill,
  inputFill,
  numFmtFor,
  sectionFill,
  titleFont,
  underline,
} from './template-styles.js';
import { CHINESE_NUMERALS } from '../../core/messages/chinese-numerals.js';

export const TEMPLATE_CREATOR = 'Union Stats 工会统计助手';

const sectionNumber = (i: number) => (i < CHINESE_NUMERALS.length ? `${CHINESE_NUMERALS[i]}、` : `${i + 1}. `);

function writeTitle(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  ws.mergeCells(layout.titleRow, 1, layout.titleRow, layout.width);
  const cell = ws.getCell(layout.titleRow, 1);
  cell.value = layout.title;
  cell.font = titleFont;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(layout.titleRow).height = 32;
}

function writeHeader(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  for (const slot of layout.header) {
    const field = spec.header.find((h) => h.key === slot.key)!;
    const label = ws.getCell(slot.row, slot.labelCol);
    label.value = field.label.zh;
    label.font = boldFont;
    label.alignment = { horizontal: 'right', vertical: 'middle' };
    if (slot.valueLastCol > slot.valueCol) ws.mergeCells(slot.row, slot.valueCol, slot.row, slot.valueLastCol);
    for (let col = slot.valueCol; col <= slot.valueLastCol; col++) {
      const cell = ws.getCell(slot.row, col);
      cell.fill = inputFill;
      cell.border = underline;
      cell.font = bodyFont;
      cell.protection = { locked: false };
      cell.alignment = { horizontal: 'left', vertical: 'middle' };
    }
    const value = ws.getCell(slot.row, slot.valueCol);
    // Codes and phone numbers keep their leading zeros as text.
    if (slot.key === 'unitCode' || slot.key === 'phone') value.numFmt = '@';
    if (slot.key === 'year') value.dataValidation = yearValidation();
    if (slot.key === 'period') value.dataValidation = periodValidation(spec.periods.map((p) => p.label.zh));
    ws.getRow(slot.row).height = 20;
  }
}

function writeTableHead(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  spec.columns.forEach((column) => {
    const cell = ws.getCell(layout.headRow, layout.columns[column.key]!);
    cell.value = column.label.zh;
    cell.font = boldFont;
    cell.fill = headFill;
    cell.border = cellBorder;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(layout.headRow).height = 24;
}

function styleTableRow(ws: ExcelJS.Worksheet, row: number, width: number): void {
  for (let col = 1; col <= width; col++) {
    const cell = ws.getCell(row, col);
    cell.border = cellBorder;
    cell.font = bodyFont;
    cell.alignment = { vertical: 'middle' };
  }
  ws.getRow(row).height = 20;
}

function writeSections(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  // The title goes in the name column and the code cell stays empty, so a section row never looks like an indicator.
  const titleCol = layout.columns.name ?? Math.min(2, layout.width);
  layout.sectionRows.forEach((s, i) => {
    styleTableRow(ws, s.row, layout.width);
    const section = spec.sections.find((x) => x.id === s.section)!;
    const cell = ws.getCell(s.row, titleCol);
    cell.value = `${sectionNumber(i)}${section.title.zh}`;
    cell.font = boldFont;
    for (let col = 1; col <= layout.width; col++) ws.getCell(s.row, col).fill = sectionFill;
  });
}

function writeIndicators(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  const { code, name, unit, current, prior, change, note } = layout.columns;
  for (const ind of spec.indicators) {
    const row = layout.rows[ind.code];
    if (row === undefined) continue; // another table's
    styleTableRow(ws, row, layout.width);
    if (code !== undefined) {
      ws.getCell(row, code).value = ind.code;
      ws.getCell(row, code).alignment = { horizontal: 'center', vertical: 'middle' };
    }
    if (name !== undefined) {
      const level = indentLevel(spec, ind);
      ws.getCell(row, name).value = rowLabel(spec, ind);
      ws.getCell(row, name).alignment = { horizontal: 'left', vertical: 'middle', indent: level * 2 };
    }
    if (unit !== undefined) {
      ws.getCell(row, unit).value = ind.unit.zh;
      ws.getCell(row, unit).alignment = { horizontal: 'center', vertical: 'middle' };
    }
    const numFmt = numFmtFor(ind);
    for (const col of [current, prior]) {
      if (col === undefined) continue;
      const cell = ws.getCell(row, col);
      cell.numFmt = numFmt;
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
      if (ind.derive) {
        cell.fill = computedFill;
      } else {
        cell.fill = inputFill;
        cell.protection = { locked: false };
        const validation = indicatorValidation(ind);
        if (validation) cell.dataValidation = validation;
      }
    }
    if (change !== undefined) {
      const cell = ws.getCell(row, change);
      cell.numFmt = numFmt;
      cell.fill = computedFill;
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
    }
    if (note !== undefined) {
      const cell = ws.getCell(row, note);
      cell.fill = inputFill;
      cell.protection = { locked: false };
      cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    }
  }
}

function setColumnWidths(ws: ExcelJS.Worksheet, spec: TemplateSpec, layout: TemplateLayout): void {
  spec.columns.forEach((column) => {
    ws.getColumn(layout.columns[column.key]!).width = columnWidths[column.key] ?? 14;
  });
}

/**
 * Print setup and frozen panes, given when the sheet is added: exceljs's
 * streaming writer takes them only there (its `views` cannot be assigned).
 */
function pageOptions(layout: TemplateLayout): Partial<ExcelJS.AddWorksheetOptions> {
  const firstInput = layout.header[0];
  return {
    pageSetup: {
      paperSize: 9, // A4
      // Portrait: seven columns fit its width, and the standard template's 30 rows one page.
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.headRow}:${layout.headRow}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: layout.headRow,
        topLeftCell: a1(layout.headRow + 1, 1),
        activeCell: firstInput ? a1(firstInput.row, firstInput.valueCol) : a1(layout.headRow + 1, layout.columns.current ?? 1),
      },
    ],
  };
}

/**
 * Adds the template's sheets to a workbook: the table sheet (title, header
 * block, table with formulas for derived indicators and 增减, validations,
 * unlocked input cells, protection without a password, print setup), the
 * 填表说明 sheet and the very hidden `_meta` sheet. Works on an in-memory
 * workbook and on exceljs's streaming WorkbookWriter (sheets not yet
 * committed), so the merge can stream its large report sheets after them.
 */
export function addTemplateSheets(wb: ExcelJS.Workbook, spec: TemplateSpec, options: { instructions?: boolean } = {}): void {
  // One sheet per table; the header block (填报单位, 单位代码 …) is on the first table's sheet only.
  for (const layout of templateLayouts(spec)) {
    const ws = wb.addWorksheet(layout.sheetName, { properties: { defaultRowHeight: 20, defaultColWidth: 12 }, ...pageOptions(layout) });
    setColumnWidths(ws, spec, layout);
    writeTitle(ws, spec, layout);
    writeHeader(ws, spec, layout);
    writeTableHead(ws, spec, layout);
    writeSections(ws, spec, layout);
    writeIndicators(ws, spec, layout);
    recomputeFormulas(ws, spec, layout);
    protectWithoutPassword(ws);
  }

  // A federation's 汇总表 leaves the 填表说明 out: it is read and printed as figures, not filled in by hand.
  if (options.instructions ?? true) addInstructionsSheet(wb, spec);
  addMetaSheet(wb, spec);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
}

/** Workbook properties of everything the tool writes in the template's name. */
export function setTemplateProperties(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  wb.creator = TEMPLATE_CREATOR;
  wb.lastModifiedBy = TEMPLATE_CREATOR;
  wb.created = new Date();
  wb.modified = wb.created;
  wb.title = spec.title.zh;
}
