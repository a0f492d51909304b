import { strToU8, zipSync } from 'fflate';
import { readLimits } from '../../../core/xlsx/read-limits.js';
import { readWorkbookFast } from '../../../core/xlsx/read-workbook-fast.js';
import { isFastWorkbook } from '../../../core/xlsx/fast-workbook.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook with a table sheet (表1) and a notes sheet (说明) whose XML is given, and the given shared strings. */
function workbook(notesXml: string, strings: string[], tableValue = 1): Uint8Array {
  return zipSync({
    '_rels/.rels': strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${tableValue}</v></c></row></sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8(notesXml),
    'xl/sharedStrings.xml': strToU8(
      `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
  });
}

const notes = (rows: string) => `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** Reads the table sheet, then screens the rest: what readSubmission does. */
function screen(bytes: Uint8Array, limits = readLimits()): string {
  const result = readWorkbookFast(bytes, 'a.xlsx', limits);
  if (!result.ok) return result.issue.code;
  if (!isFastWorkbook(result.workbook)) throw new Error('not the fast reader');
  result.workbook.sheet('表1');
  return result.workbook.screenSheets()?.code ?? 'ok';
}

describe('screening a sheet whose bytes were screened before', () => {
  // Each test uses notes XML of its own, so what another test remembered cannot decide it.
  it('passes the same notes sheet in every workbook made from one template', () => {
    const sheet = notes('<row r="1"><c r="A1" t="s"><v>2</v></c></row>');
    for (let unit = 1; unit <= 3; unit++) expect(screen(workbook(sheet, ['填表说明', '单位', `第${unit}单位`], unit))).toBe('ok');
  });

  it('still refuses identical notes bytes when this workbook lacks a shared string they use', () => {
    const sheet = notes('<row r="2"><c r="A2" t="s"><v>2</v></c></row>');
    expect(screen(workbook(sheet, ['a', 'b', 'c']))).toBe('ok');
    expect(screen(workbook(sheet, ['a', 'b']))).toBe('file.shared-string-missing');
    expect(screen(workbook(sheet, ['a', 'b', 'c', 'd']))).toBe('ok');
  });

  it('still refuses identical notes bytes under tighter limits', () => {
    const sheet = notes('<row r="50"><c r="B50"><v>7</v></c></row>');
    expect(screen(workbook(sheet, ['a']))).toBe('ok');
    expect(screen(workbook(sheet, ['a']), readLimits({ maxRows: 40 }))).toBe('file.sheet-too-large');
    expect(screen(workbook(sheet, ['a']), readLimits({ maxCols: 1 }))).toBe('file.sheet-too-wide');
  });

  it('refuses notes that differ from screened ones by a DOCTYPE', () => {
    const rows = '<row r="3"><c r="A3"><v>1</v></c></row>';
    expect(screen(workbook(notes(rows), ['a']))).toBe('ok');
    expect(screen(workbook(notes(rows).replace('?>', '?><!DOCTYPE x>'), ['a']))).toBe('file.xml-doctype');
  });
});
