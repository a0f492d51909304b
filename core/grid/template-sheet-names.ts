/**
 * The sheets the template generator (pipeline/template) adds beside the table,
 * named once here because the readers in core must recognise them.
 */
/** The very hidden sheet naming the spec a workbook was made from: key in column A, value in column B. */
export const META_SHEET_NAME = '_meta';
/** The filling instructions. */
export const INSTRUCTIONS_SHEET_NAME = '填表说明';
