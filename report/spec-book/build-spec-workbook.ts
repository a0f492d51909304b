import ExcelJS from 'exceljs';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { COLUMN_KEY_WORDS, GENERIC_KIND_WORDS, HEADER_FIELD_WORDS, KIND_WORDS, PERIOD_WORDS, SEVERITY_WORDS, SHEETS } from '../../core/spec-book/spec-book-layout.js';
import { specToBook } from '../../core/spec-book/spec-to-book.js';

/** Drop-down lists for the columns whose values are fixed words (so Excel and WPS offer them). */
const CHOICES: Record<string, Record<string, string>> = {
  [`${SHEETS.indicators}|类型`]: KIND_WORDS,
  [`${SHEETS.checks}|级别`]: SEVERITY_WORDS,
  [`${SHEETS.generic}|级别`]: SEVERITY_WORDS,
  [`${SHEETS.generic}|审核类型`]: GENERIC_KIND_WORDS,
  [`${SHEETS.header}|级别`]: SEVERITY_WORDS,
  [`${SHEETS.header}|表头项`]: HEADER_FIELD_WORDS,
  [`${SHEETS.headerFields}|代码`]: HEADER_FIELD_WORDS,
  [`${SHEETS.columns}|代码`]: COLUMN_KEY_WORDS,
  [`${SHEETS.periods}|代码`]: PERIOD_WORDS,
};

/** Short fixed words and numbers, centred so they do not run into the next column's text. */
const CENTRED = new Set(['类型', '所属部分', '上级指标', '小数位', '级别', '容差', '必填', '下限', '上限', '百分比阈值', '百分点阈值']);

const FORMULA_COLUMNS = new Set(['公式', '计算公式']);

/** Rows a federation may add below the written ones and still get the drop-down. */
const SPARE_ROWS = 100;

/**
 * The spec workbook 指标体系.xlsx: one sheet per part of the spec (specToBook),
 * bold frozen heads, column widths, drop-downs for fixed words. Text cells stay
 * text (codes like A01 never become numbers).
 * @example await buildSpecWorkbook(standardSpec).xlsx.writeBuffer()
 */
export function buildSpecWorkbook(spec: TemplateSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Union Stats';
  for (const sheet of specToBook(spec)) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      // Printed for review on A4 landscape, every column on the page.
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = sheet.columns.map((c) => ({ header: c.head, width: c.width }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    for (const row of sheet.rows) ws.addRow(row.map((v) => v ?? null));
    sheet.columns.forEach((c, i) => {
      if (CENTRED.has(c.head)) ws.getColumn(i + 1).alignment = { horizontal: 'center' };
      // Text cells, so Excel keeps `=A02<=A01` or `-A01 + A02` typed there as text, not as its own formula.
      if (FORMULA_COLUMNS.has(c.head)) ws.getColumn(i + 1).numFmt = '@';
      const words = CHOICES[`${sheet.name}|${c.head}`];
      if (!words) return;
      const list = `"${Object.values(words).join(',')}"`;
      for (let r = 2; r <= sheet.rows.length + SPARE_ROWS; r++) {
        ws.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
      }
    });
    if (sheet.name === SHEETS.readme) ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  }
  return workbook;
}
