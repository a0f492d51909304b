import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Grid } from '../../../core/grid/grid.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { readLimits, type ReadLimits } from '../../../core/xlsx/read-limits.js';
import { STREAM_FROM } from '../../../core/xlsx/zip-archive.js';
import { MAX_XML_RUN } from '../../../core/xlsx/parse-xml.js';
import { storedZip } from '../../fixtures/hostile/make-fuzz-workbooks.js';
import { rawXlsx, sharedStringsXml, sheetXml } from '../../fixtures/hostile/raw-xlsx.js';
import { englishIn } from '../../support/english-in-chinese.js';

/**
 * Sheets and shared-strings tables over STREAM_FROM are streamed: read in
 * chunks, never held whole, with the same values and the same refusals as a
 * part read whole; cells right of `keepColumns` are checked, never kept.
 */
const SHEET = '基本情况统计表';
const PART = 'xl/worksheets/sheet1.xml';
const PAD = STREAM_FROM + 1024 * 1024;

/** Whitespace between rows that no reader keeps, PAD bytes of it: it makes the part a streamed one. */
const padding = (size = PAD) => '\n'.repeat(size);

type Read = { ok: true; grid: Grid } | { ok: false; code: string; cell?: string; zh: string };

function read(bytes: Uint8Array, options: { keepColumns?: number; limits?: ReadLimits } = {}): Read {
  const result = readWorkbookFast(bytes, '东城区.xlsx', options.limits ?? readLimits(), { preload: 'all', keepColumns: options.keepColumns });
  if (!result.ok) {
    expect(englishIn(result.issue)).toEqual([]);
    return { ok: false, code: result.issue.code, cell: result.issue.cell, zh: result.issue.message.zh };
  }
  return { ok: true, grid: result.workbook.sheet(SHEET) as Grid };
}

function values(grid: Grid): string[] {
  const out: string[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= Math.min(grid.colCount, 30); c++) {
      const cell = grid.cell(r, c);
      if (cell.value.type !== 'blank') out.push(`${r},${c}=${JSON.stringify(cell.value)}${cell.formula ? ` ${cell.formula}` : ''}`);
    }
  }
  return out;
}

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>行内 &amp; 文字</t></is></c></row>' +
  '<row r="2"><c r="A2"><v>1250</v></c><c r="B2"><v>-0.5e3</v></c><c r="C2"><f>A2+B2</f><v>500</v></c><c r="D2" t="s"><v>1</v></c></row>';
const STRINGS = ['建会率', '工会会员'];

describe('a streamed sheet reads as the same sheet read whole', () => {
  const small = read(rawXlsx(sheetXml(ROWS), sharedStringsXml(STRINGS)));

  it.each([
    ['whitespace between rows', (rows: string) => rows.replace('</row>', `</row>${padding()}`)],
    ['a comment between rows', (rows: string) => rows.replace('</row>', `</row><!--${'统计 - 工会 '.repeat(PAD / 20)}-->`)],
    // Padding in short runs: saxes buffers each run whole, and refuses one past MAX_XML_RUN (below).
    ['a CDATA section (read by saxes, streamed too)', (rows: string) => rows.replace('<v>1250</v>', '<v><![CDATA[1250]]></v>').replace('</row>', `</row>${'<!-- 统计 -->\n'.repeat(PAD / 8)}`)],
    ['a UTF-8 byte-order mark', (rows: string) => `\uFEFF${rows.replace('</row>', `</row>${padding()}`)}`],
  ])('%s', (_label, edit) => {
    expect(small.ok).toBe(true);
    const rows = edit(ROWS);
    const xml = rows.startsWith('\uFEFF') ? `\uFEFF${sheetXml(rows.slice(1))}` : sheetXml(rows);
    expect(strToU8(xml).length).toBeGreaterThan(STREAM_FROM);
    const big = read(rawXlsx(xml, sharedStringsXml(STRINGS)));
    if (!big.ok || !small.ok) throw new Error(`not read: ${JSON.stringify(big)}`);
    expect(values(big.grid)).toEqual(values(small.grid));
  });

  it('a stored (not deflated) sheet part of 16 MiB and more: read, where it used to be refused', () => {
    const xml = sheetXml(ROWS.replace('</row>', `</row>${padding(16 * 1024 * 1024)}`));
    const files = unzipSync(rawXlsx(sheetXml(ROWS), sharedStringsXml(STRINGS)));
    const bytes = storedZip(Object.entries({ ...files, [PART]: strToU8(xml) }));
    const big = read(bytes);
    if (!big.ok || !small.ok) throw new Error(`not read: ${JSON.stringify(big)}`);
    expect(values(big.grid)).toEqual(values(small.grid));
  });

  it('a shared-strings table over STREAM_FROM: counted, then only the strings kept cells use are read', () => {
    const strings = [...STRINGS, ...Array.from({ length: 400_000 }, (_, k) => `串${k}`)];
    const bytes = rawXlsx(sheetXml(`${ROWS}<row r="3"><c r="A3" t="s"><v>400001</v></c></row>`), sharedStringsXml(strings));
    expect(unzipSync(bytes)['xl/sharedStrings.xml'].length).toBeGreaterThan(STREAM_FROM);
    const big = read(bytes);
    if (!big.ok || !small.ok) throw new Error(`not read: ${JSON.stringify(big)}`);
    expect(values(big.grid)).toEqual([...values(small.grid), `3,1=${JSON.stringify({ type: 'string', value: '串399999' })}`]);
    // An index past the table is refused at its cell, as with a table read whole.
    const past = rawXlsx(sheetXml(`${ROWS}<row r="3"><c r="A3" t="s"><v>400002</v></c></row>`), sharedStringsXml(strings));
    expect(read(past)).toMatchObject({ ok: false, code: 'file.shared-string-missing', cell: 'A3' });
  });
});

describe('a streamed part is as strict as one read whole', () => {
  // Padding in short runs, so a part that breaks (and so is read again by saxes) is refused for its break.
  const big = (rows: string) => rawXlsx(sheetXml(`${'<!-- 统计 -->\n'.repeat(PAD / 8)}${rows}`));

  it.each([
    ['an invalid reference', '<row r="9"><c r="e9"><v>1</v></c></row>', 'file.bad-cell-ref', undefined],
    ['a hexadecimal number', '<row r="9"><c r="E9"><v>0x10</v></c></row>', 'file.bad-number', 'E9'],
    ['a cell past the row limit', '<row r="200000"><c r="A200000"><v>1</v></c></row>', 'file.sheet-too-large', undefined],
    ['a foreign namespace cell does not count, but broken XML does', '<row r="9"><c r="E9"><v>1</v></row>', 'file.malformed-xml', undefined],
  ])('%s', (_label, rows, code, cell) => {
    expect(read(big(rows))).toMatchObject({ ok: false, code, ...(cell ? { cell } : {}) });
  });

  it.each([
    ['a whitespace run', padding(MAX_XML_RUN + 10)],
    ['a comment whose < and > never close it', `<!--${'<a>'.repeat(MAX_XML_RUN / 2)}-->`],
    ['a CDATA section', `<![CDATA[${'x'.repeat(MAX_XML_RUN + 10)}]]>`],
    ['an attribute value', `<row r="9" x="${'>'.repeat(MAX_XML_RUN + 10)}"/>`],
  ])('where saxes reads the part (it holds CDATA), %s longer than MAX_XML_RUN is refused, never buffered whole', (_label, run) => {
    // Short runs up to STREAM_FROM first, so the part is streamed; the CDATA sends it to saxes.
    const rows = `<row r="8"><c r="E8"><v><![CDATA[1]]></v></c></row>${'<!-- 统计 -->\n'.repeat(PAD / 8)}`;
    const result = read(rawXlsx(sheetXml(`${rows}${run}`)));
    expect(result).toMatchObject({ ok: false, code: 'file.xml-run-too-long' });
    if (!result.ok) expect(result.zh).toContain('xl/worksheets/sheet1.xml');
  });

  it('a DOCTYPE deep in the part (inside a comment, 5 MiB in) is refused by name', () => {
    expect(read(rawXlsx(sheetXml(`${padding()}<!-- <!DOCTYPE x> -->`)))).toMatchObject({ ok: false, code: 'file.xml-doctype' });
  });

  it('a value longer than any string Excel writes is refused as it grows, never held whole', () => {
    expect(read(big(`<row r="9"><c r="E9"><v>${'1'.repeat(300_000)}</v></c></row>`))).toMatchObject({ ok: false, code: 'file.string-too-long' });
  });

  it('damage in a streamed part is named as damage, also when its XML breaks first', () => {
    const bytes = big('<row r="9"><c r="E9"><v>1</v></c></row>');
    const files = unzipSync(bytes);
    // Deflated, then one byte of the compressed sheet flipped near its start: the XML breaks, but the CRC says why.
    const zipped = zipSync({ ...files }, { level: 6 });
    const at = findLocalData(zipped, PART) + 40;
    const flipped = zipped.slice();
    flipped[at] ^= 0x55;
    const outcome = read(flipped);
    expect(outcome.ok).toBe(false);
    expect(['file.zip-checksum', 'file.zip-damaged', 'file.zip-size-mismatch']).toContain((outcome as { code: string }).code);
  });
});

describe('cells right of keepColumns are checked and counted, never kept', () => {
  const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="BZ1"><v>2</v></c></row><row r="5"><c r="CA5" t="inlineStr"><is><t>远处</t></is></c></row>';

  it('the grid keeps the template columns; its extent still covers every cell', () => {
    const result = read(rawXlsx(sheetXml(rows)), { keepColumns: 60 });
    if (!result.ok) throw new Error(result.zh);
    expect([result.grid.cell(1, 1).value, result.grid.cell(1, 78).value, result.grid.cell(5, 79).value]).toEqual([
      { type: 'number', value: 1 },
      { type: 'blank' },
      { type: 'blank' },
    ]);
    expect([result.grid.rowCount, result.grid.colCount]).toEqual([5, 79]);
    const all = read(rawXlsx(sheetXml(rows)));
    expect(all.ok && all.grid.cell(1, 78).value).toEqual({ type: 'number', value: 2 });
  });

  it('a bad reference or number right of them still refuses the file', () => {
    expect(read(rawXlsx(sheetXml('<row r="1"><c r="bz1"><v>1</v></c></row>')), { keepColumns: 60 })).toMatchObject({ ok: false, code: 'file.bad-cell-ref' });
    expect(read(rawXlsx(sheetXml('<row r="1"><c r="BZ1"><v>1e999</v></c></row>')), { keepColumns: 60 })).toMatchObject({
      ok: false,
      code: 'file.number-out-of-range',
      cell: 'BZ1',
    });
  });

  it("rows of 16,384 cells (as issue 15's 790): only the template columns are kept, under maxCells", () => {
    const row = `<row>${'<c><v>1</v></c>'.repeat(16_384)}</row>`;
    // 100 rows here (1.6 million cells); the 790 of issue 15 are checked in a real process (reader-process.test.ts).
    const bytes = rawXlsx(sheetXml(row.repeat(100)));
    const result = read(bytes, { keepColumns: 60 });
    if (!result.ok) throw new Error(result.zh);
    expect([result.grid.rowCount, result.grid.colCount, result.grid.cell(100, 60).value, result.grid.cell(100, 61).value]).toEqual([
      100,
      16_384,
      { type: 'number', value: 1 },
      { type: 'blank' },
    ]);
    // Read keeping every column, the same sheet is over maxCells.
    expect(read(bytes)).toMatchObject({ ok: false, code: 'file.too-many-cells' });
  });

  it('merges: only those reaching into the kept columns are kept, at most maxMerges', () => {
    const merges = (n: number, col: string) => `<mergeCells>${Array.from({ length: n }, (_, k) => `<mergeCell ref="${col}${k + 1}:${col}${k + 1}"/>`).join('')}</mergeCells>`;
    const xml = (m: string) => sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</worksheet>', `${m}</worksheet>`);
    const limits = readLimits({ maxMerges: 10 });
    const kept = read(rawXlsx(xml(merges(11, 'BZ'))), { keepColumns: 60, limits });
    expect(kept.ok && kept.grid.merges.length).toBe(0);
    expect(read(rawXlsx(xml(merges(11, 'B'))), { keepColumns: 60, limits })).toMatchObject({ ok: false, code: 'file.too-many-merges' });
  });

  it('text kept for the sheet is bounded (maxKeptText), also when its strings come from a streamed table', () => {
    const limits = readLimits({ maxKeptText: 1000 });
    const inline = `<row r="1">${Array.from({ length: 3 }, (_, k) => `<c r="${'ABC'[k]}1" t="inlineStr"><is><t>${'字'.repeat(400)}</t></is></c>`).join('')}</row>`;
    expect(read(rawXlsx(sheetXml(inline)), { limits })).toMatchObject({ ok: false, code: 'file.too-much-text' });
    const strings = [...Array.from({ length: 3 }, () => '字'.repeat(400)), ...Array.from({ length: 400_000 }, (_, k) => `串${k}`)];
    const shared = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
    expect(read(rawXlsx(sheetXml(shared), sharedStringsXml(strings)), { limits })).toMatchObject({ ok: false, code: 'file.too-much-text' });
  });
});

/** Where the compressed data of `name` starts in a zip (after its local header). */
function findLocalData(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 30 < zip.length; ) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const size = view.getUint32(at + 18, true);
    const same = nameLength === wanted.length && wanted.every((b, k) => zip[at + 30 + k] === b);
    if (same) return at + 30 + nameLength + extra;
    at += 30 + nameLength + extra + size;
  }
  throw new Error(`no ${name} in the zip`);
}
