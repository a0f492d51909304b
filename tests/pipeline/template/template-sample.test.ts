import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { specFingerprint } from '../../../core/spec/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { sheetProtectionOf } from '../../../report/template/protect-sheet.js';
import { buildSampleTemplate, SAMPLE_TEMPLATE_DATE } from '../../../samples/make-template.js';
import { roundTrip } from './template-test-support.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/template.xlsx', import.meta.url));

/** Everything a template means, as plain data: compared instead of bytes (zip timestamps differ run to run). */
function contents(wb: ExcelJS.Workbook) {
  return {
    creator: wb.creator,
    created: wb.created?.toISOString(),
    modified: wb.modified?.toISOString(),
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const v = cell.value as { formula?: string } | null;
          const formula = v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
          cells[cell.address] = {
            value: formula === undefined ? cell.value : undefined,
            formula,
            result: formula === undefined ? undefined : (cell as unknown as { result?: unknown }).result,
            numFmt: cell.numFmt,
            locked: cell.protection?.locked,
            validation: cell.dataValidation,
          };
        }),
      );
      return {
        name: ws.name,
        state: ws.state,
        merges: [...ws.model.merges].sort(),
        protection: sheetProtectionOf(ws),
        validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        widths: ws.columns?.map((c) => c.width),
        pageSetup: { orientation: ws.pageSetup.orientation, paperSize: ws.pageSetup.paperSize, fitToWidth: ws.pageSetup.fitToWidth },
        cells,
      };
    }),
  };
}

describe('samples/template.xlsx', () => {
  it('is what samples/make-template.ts generates today (regenerate it after changing the template)', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
    const regenerated = await roundTrip(buildSampleTemplate());
    const expected = contents(regenerated);
    const actual = contents(committed);
    expect(actual.sheets.map((s) => [s.name, s.state])).toEqual(expected.sheets.map((s) => [s.name, s.state]));
    for (let i = 0; i < expected.sheets.length; i++) expect(actual.sheets[i]).toEqual(expected.sheets[i]);
    expect(actual).toEqual(expected);
  });

  it('is the standard template, made on the fixed sample date, with its _meta', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
    expect(committed.created?.toISOString()).toBe(SAMPLE_TEMPLATE_DATE.toISOString());
    const meta = committed.getWorksheet('_meta')!;
    expect([1, 2, 3].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value])).toEqual([
      ['templateId', standardSpec.id],
      ['version', standardSpec.version],
      ['fingerprint', specFingerprint(standardSpec)],
    ]);
    expect(committed.getWorksheet(standardSpec.sheetName)!.getCell('A1').value).toBe(standardSpec.title.zh);
  });
});
