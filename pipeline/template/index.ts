export { writeTemplateWorkbook } from './write-template-workbook.js';
