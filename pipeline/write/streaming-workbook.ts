import type ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
// exceljs's streaming writer on its own: `import 'exceljs'` loads the whole library (readers, CSV, streams:
// ~400 ms of module loading), this ~120 ms, which is most of a city merge's workbook. The path is internal
// to exceljs; tests/pipeline/write/streaming-workbook.test.ts holds it to ExcelJS.stream.xlsx.WorkbookWriter.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import type { CreateWorkbook } from '../../report/workbook-target.js';
import { memorySink } from './memory-sink.js';

export interface StreamingWorkbookOptions {
  /** Deflate level of the package (1 = fastest). */
  level: number;
}

/**
 * An exceljs streaming workbook writing to `stream`: styles and shared
 * strings (what Excel itself writes), rows XML as soon as they are committed.
 */
export function createStreamingWorkbook(stream: Writable, options: StreamingWorkbookOptions): ExcelJS.stream.xlsx.WorkbookWriter {
  return new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: options.level } } });
}

/**
 * The Node shell's workbook for 汇总表.xlsx: zipped by archiver with
 * node:zlib's fastest level (the same workbook, a little larger; the default
 * level spent seconds on a national report), into memory.
 */
export const nodeWorkbook: CreateWorkbook = () => {
  const sink = memorySink();
  return { workbook: createStreamingWorkbook(sink.stream, { level: 1 }), bytes: () => sink.bytes() };
};
