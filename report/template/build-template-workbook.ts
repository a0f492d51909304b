import ExcelJS from 'exceljs';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { addTemplateSheets, setTemplateProperties } from './template-sheets.js';

export { addTemplateSheets, setTemplateProperties, TEMPLATE_CREATOR } from './template-sheets.js';

/**
 * The blank template workbook of a spec (see addTemplateSheets). Nothing is
 * hard-coded: indicators, units, rules and labels all come from the spec.
 * @example await buildTemplateWorkbook(standardSpec).xlsx.writeFile('template.xlsx')
 */
export function buildTemplateWorkbook(spec: TemplateSpec, lang: 'zh' = 'zh'): ExcelJS.Workbook {
  void lang; // The template is Chinese; the parameter keeps room for another language later.
  const wb = new ExcelJS.Workbook();
  setTemplateProperties(wb, spec);
  // Excel recomputes on open anyway; the cached results below serve readers that never calculate.
  wb.calcProperties = { fullCalcOnLoad: true };
  addTemplateSheets(wb, spec);
  return wb;
}
