export { addTemplateSheets, buildTemplateWorkbook, setTemplateProperties, TEMPLATE_CREATOR } from './build-template-workbook.js';
export { fillTemplate, type TemplateFill, type FillValue } from './fill-template.js';
export { templateLayout, templateLayouts, layoutOfCode, type TemplateLayout, type HeaderSlot, type SectionRow } from './template-layout.js';
export { templateFormulas, type TemplateFormula } from './template-formulas.js';
export { describeRule } from './describe-rule.js';
export { INSTRUCTIONS_SHEET_NAME } from './instructions-sheet.js';
export { META_SHEET_NAME } from './meta-sheet.js';
export { buildUnitTemplate, buildUnitTemplateFiles, buildUnitTemplatesZip, prefilledUnits, unitTemplateFileName, type TemplateUnit, type UnitTemplateFile, type UnitTemplatesInput } from './build-unit-templates.js';
