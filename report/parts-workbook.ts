// exceljs's streaming writer class itself (see pipeline/write/streaming-workbook.ts). A browser bundle maps its
// Node-only requires (`fs`, `archiver`) to stubs: neither is used here (no filename, and the zip is replaced).
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { fflateDeflater } from './fflate-deflater.js';
import type { CreateWorkbook } from './workbook-target.js';
import { zipParts, type PartContent, type PartDeflater } from './zip-parts.js';

/** What exceljs appends to its archive: XML text, bytes, or a sheet's buffered stream (read whole once ended). */
type Appended = string | Uint8Array | { read(): Uint8Array | null };

/** The part of archiver's interface WorkbookWriter uses. */
interface PartArchive {
  append(source: Appended, entry: { name: string }): void;
  on(event: string, listener: () => void): void;
  finalize(): void;
}

/**
 * exceljs's streaming WorkbookWriter with its archiver replaced by a
 * collector of parts, zipped by `deflater` (fflate by default) when the
 * workbook is committed: the same part XML as the Node shell's writer,
 * without archiver, node:zlib or a Node stream to write to.
 * @example const target = partsWorkbook()(); ...; await target.workbook.commit(); download(target.bytes());
 */
export function partsWorkbook(deflater: PartDeflater = fflateDeflater): CreateWorkbook {
  return () => {
    const workbook = new WorkbookWriter({ useStyles: true, useSharedStrings: true });
    const appended: { name: string; source: Appended }[] = [];
    let bytes: Uint8Array | undefined;
    const archive: PartArchive = {
      append: (source, entry) => void appended.push({ name: entry.name.replace(/^\//, ''), source }),
      on: () => undefined,
      finalize: () => undefined,
    };
    const writer = workbook as unknown as { zip: PartArchive; promise: Promise<unknown>; addThemes(): Promise<void>; addOfficeRels(): Promise<void>; _finalize(): Promise<unknown> };
    writer.zip = archive;
    // The constructor appended the theme and the package relationships to its own archive, now dropped: again, here.
    writer.promise = Promise.all([writer.addThemes(), writer.addOfficeRels()]);
    writer._finalize = async () => {
      const parts: Record<string, PartContent> = {};
      for (const { name, source } of appended) {
        parts[name] = typeof source === 'string' ? [source] : source instanceof Uint8Array ? source : (source.read() ?? new Uint8Array(0));
      }
      bytes = await zipParts(parts, deflater);
      return workbook;
    };
    return {
      workbook,
      bytes: () => {
        if (!bytes) throw new Error('partsWorkbook: bytes() before the workbook was committed');
        return bytes;
      },
    };
  };
}
