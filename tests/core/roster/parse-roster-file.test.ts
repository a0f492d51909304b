import ExcelJS from 'exceljs';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { parseRosterFile } from '../../../core/roster/parse-roster-file.js';
import { rosterKinds } from '../../../core/roster/roster-schema.js';

const PROVINCE_CSV = [
  '代码,名称,上级,类别,填报人,联系电话,单位负责人',
  '880000,示例省总工会,,本级,李娜,0371-66668888,赵强',
  '880100,甲市总工会,880000,市,,,',
  '880200,乙市总工会,880000,市,,,',
  '880901,省直机关工会,880000,省直,,,',
  '880951,省教育工会,880000,产业,,,',
  '880300,丙市总工会,880000,市,,,',
].join('\n');

/** The roster as a workbook, typed the way a person does: codes as numbers, a hidden sheet before it, a blank row. */
async function rosterXlsx(rows: (string | number | null)[][], options: { hiddenFirst?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (options.hiddenFirst) {
    const hidden = wb.addWorksheet('旧名册', { state: 'hidden' });
    hidden.addRow(['代码', '名称', '类别']);
    hidden.addRow(['1', '错的', '本级']);
  }
  const ws = wb.addWorksheet('名册');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a roster carries the federation and its own categories', () => {
  it('takes 类别 as the roster writes them, in its order, and the 本级 row\'s header fields', () => {
    const result = parseRosterCsv(PROVINCE_CSV);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roster.federation).toEqual({ code: '880000', name: '示例省总工会', scope: '全省', preparer: '李娜', phone: '0371-66668888', head: '赵强' });
    expect(result.roster.units.map((u) => u.kind)).toEqual(['市', '市', '省直', '产业', '市']);
    expect(rosterKinds(result.roster)).toEqual(['市', '省直', '产业']);
  });

  it('words every problem from the catalog, in Chinese and English, with its line', () => {
    const result = parseRosterCsv('代码,名称,类别\n880000,示例省总工会,本级\n880100,,市\n880100,甲市总工会,市\n880100,甲市总工会,市\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { code: 'roster.name-empty', line: 3, zh: '单位名称为空。', en: 'The unit name is empty.' },
      { code: 'roster.duplicate-code', line: 5, zh: '单位代码 880100 重复（第 4 行已有）。', en: 'Unit code 880100 repeats line 4.' },
    ]);
  });
});

describe('parseRosterFile', () => {
  it('reads an .xlsx roster by the CSV rules: the first visible sheet, numbers as codes, blank rows skipped', async () => {
    const bytes = await rosterXlsx(
      [
        ['代码', '名称', '上级', '类别', '填报人', '联系电话'],
        [880000, '示例省总工会', null, '本级', '李娜', '0371-66668888'],
        [880100, '甲市总工会', 880000, '市'],
        [],
        [880901, '省直机关工会', 880000, '省直'],
      ],
      { hiddenFirst: true },
    );
    const result = parseRosterFile(bytes, '名册.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roster.federation).toEqual({ code: '880000', name: '示例省总工会', scope: '全省', preparer: '李娜', phone: '0371-66668888' });
    expect(result.roster.units).toEqual([
      { code: '880100', name: '甲市总工会', parent: '880000', kind: '市' },
      { code: '880901', name: '省直机关工会', parent: '880000', kind: '省直' },
    ]);
  });

  it('gives the same roster from .xlsx and CSV', async () => {
    const rows = PROVINCE_CSV.split('\n').map((l) => l.split(','));
    const fromXlsx = parseRosterFile(await rosterXlsx(rows), '名册.xlsx');
    expect(fromXlsx).toEqual(parseRosterCsv(PROVINCE_CSV));
  });

  it('names the row of a bad line in an .xlsx roster', async () => {
    const result = parseRosterFile(await rosterXlsx([['代码', '名称', '类别'], ['880000', '示例省总工会', '本级'], ['880100', '甲市总工会', '']]), '名册.xlsx');
    expect(result).toEqual({ ok: false, problems: [{ code: 'roster.kind-empty', line: 3, zh: expect.stringContaining('类别为空'), en: expect.stringContaining('kind') }] });
  });

  it('reads CSV bytes (GBK too) by name, and refuses a damaged workbook with the reader\'s message', () => {
    const csv = new TextEncoder().encode(PROVINCE_CSV);
    expect(parseRosterFile(csv, '名册.csv')).toEqual(parseRosterCsv(PROVINCE_CSV));
    const damaged = parseRosterFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), '名册.xlsx');
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.problems[0].code).toMatch(/^file\./);
    expect(damaged.problems[0].zh).toContain('名册.xlsx');
  });
});
