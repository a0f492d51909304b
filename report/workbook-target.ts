import type ExcelJS from 'exceljs';

/** A streaming workbook to write 汇总表.xlsx into, and its package once `workbook.commit()` has resolved. */
export interface WorkbookTarget {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  bytes(): Uint8Array;
}

/**
 * Makes the workbook 汇总表.xlsx is written into, injected by the shell: in
 * Node, exceljs's WorkbookWriter zipping through archiver and node:zlib
 * (pipeline/write/streaming-workbook.ts); in the browser, the same writer
 * whose parts are zipped by fflate (partsWorkbook). The part XML is the
 * writer's either way.
 */
export type CreateWorkbook = () => WorkbookTarget;
