import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMergeReport } from '../../core/merge/build-merge-report.js';
import type { CheckedRead } from '../../core/merge/kept-submission.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { bytesTaskReader } from '../../core/merge/read-task.js';
import { parseRosterCsv } from '../../core/roster/parse-roster-csv.js';
import type { Roster } from '../../core/roster/roster-schema.js';
import { standardSpec } from '../../core/templates/index.js';
import { buildSummaryXlsx } from '../../report/build-summary-xlsx.js';

/*
 * The chain one level up: three cities each merge their units (the sample
 * submissions) with a roster whose 本级 row gives the city's own 填报人,
 * 联系电话 and 单位负责人; their 汇总表.xlsx go to a province whose roster
 * lists them as 市 (and a 省直 unit, listed first, that has not reported).
 */

const SAMPLES = join(process.cwd(), 'samples');
const date = new Date(2026, 1, 10);
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function roster(csv: string): Roster {
  const parsed = parseRosterCsv(csv);
  if (!parsed.ok) throw new Error(`roster: ${parsed.problems.map((p) => p.zh).join('; ')}`);
  return parsed.roster;
}

function merge(rosterCsv: string, files: { name: string; data: Uint8Array }[]): MergeReport {
  const r = roster(rosterCsv);
  const read = bytesTaskReader(standardSpec, {}, { keep: 'checked', context: { rosterCodes: r.units.map((u) => u.code) } });
  const submissions: CheckedRead[] = files.map((f) => read({ name: f.name }, f.data, sha(f.data)));
  const result = buildMergeReport({ spec: standardSpec, roster: r, submissions });
  if (!result.ok) throw new Error(`no report: ${result.failure.code}`);
  return result.report;
}

const CITIES = [
  { code: '881000', name: '甲市总工会', preparer: '周敏', phone: '0371-11110000', head: '孙涛' },
  { code: '882000', name: '乙市总工会', preparer: '吴刚', phone: '0371-22220000', head: '郑洁' },
  { code: '883000', name: '丙市总工会', preparer: '冯雪', phone: '0371-33330000', head: '陈亮' },
];

/** The sample roster with the city as its 本级 row, header fields included. */
function cityRoster(city: (typeof CITIES)[number]): string {
  const [, , ...units] = readFileSync(join(SAMPLES, 'roster.csv'), 'utf8').trim().split('\n');
  return ['代码,名称,上级,类别,填报人,联系电话,单位负责人', `${city.code},${city.name},,本级,${city.preparer},${city.phone},${city.head}`, ...units].join('\n');
}

const PROVINCE_ROSTER = [
  '代码,名称,上级,类别,填报人,联系电话,单位负责人',
  '880000,示例省总工会,,本级,李娜,0371-66668888,赵强',
  '880901,省直机关工会,880000,省直,,,',
  ...CITIES.map((c) => `${c.code},${c.name},880000,市,,,`),
].join('\n');

describe('a province merges its cities\' 汇总表.xlsx', () => {
  const submissions = readdirSync(join(SAMPLES, 'submissions', '2025'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.xlsx') && !e.name.startsWith('~$'))
    .map((e) => ({ name: e.name, data: new Uint8Array(readFileSync(join(e.parentPath, e.name))) }));
  let cities: MergeReport[];
  let province: MergeReport;
  let cityFiles: { name: string; data: Uint8Array }[];

  beforeAll(async () => {
    cities = CITIES.map((c) => merge(cityRoster(c), submissions));
    cityFiles = await Promise.all(CITIES.map(async (c, i) => ({ name: `${c.name}/汇总表.xlsx`, data: await buildSummaryXlsx(cities[i], standardSpec, { date }) })));
    province = merge(PROVINCE_ROSTER, cityFiles);
  }, 120_000);

  test('each city is 已报 with no issue on its own header: its 填报人, 联系电话 and 单位负责人 came from its roster\'s 本级 row', () => {
    const byCode = new Map(province.statuses.map((s) => [s.code, s]));
    for (const c of CITIES) {
      expect([c.code, byCode.get(c.code)?.status]).toEqual([c.code, 'reported']);
      const file = province.files.find((f) => f.unitCode === c.code)!;
      expect(file.issues.filter((i) => i.column === 'header')).toEqual([]);
      expect(province.contacts?.[c.code]).toEqual({ preparer: c.preparer, phone: c.phone, from: 'this-year' });
    }
    expect(byCode.get('880901')?.status).toBe('missing');
  });

  test('subtotals are named by the roster\'s own 类别 (市小计), in its order, and add up', () => {
    expect(province.summary.byKind.map((k) => [k.key, k.label, k.units])).toEqual([['市', '市小计', 3]]);
    expect(province.summary.byUnit.map((u) => u.kind)).toEqual(['市', '市', '市']);
    for (const code of ['A01', 'A05', 'C07']) {
      expect(province.summary.total.figures[code].current).toBe(3 * cities[0].summary.total.figures[code].current!);
    }
    // Rates recomputed from the summed parts, the same as each city's since the three are alike.
    expect(province.summary.total.figures.A03.current).toBeCloseTo(cities[0].summary.total.figures.A03.current!, 10);
  });

  test('the province\'s own 汇总 sheet carries its 本级 row\'s header, and a second order of 类别 gives a second order of subtotals', async () => {
    const bytes = await buildSummaryXlsx(province, standardSpec, { date });
    const read = bytesTaskReader(standardSpec, {}, { keep: 'checked', context: {} })({ name: '汇总表.xlsx' }, bytes, sha(bytes));
    const header = read.kept!.check.header.header;
    expect([header.unitCode?.text, header.preparer?.text, header.phone?.text, header.head?.text]).toEqual(['880000', '李娜', '0371-66668888', '赵强']);
    // The CLI's options still override the roster.
    const overridden = await buildSummaryXlsx(province, standardSpec, { date, header: { preparer: '王五' } });
    const again = bytesTaskReader(standardSpec, {}, { keep: 'checked', context: {} })({ name: '汇总表.xlsx' }, overridden, sha(overridden));
    expect(again.kept!.check.header.header.preparer?.text).toBe('王五');

    const mixed = PROVINCE_ROSTER.replace(`${CITIES[0].code},${CITIES[0].name},880000,市`, `${CITIES[0].code},${CITIES[0].name},880000,产业`);
    const kinds = merge(mixed, cityFiles).summary.byKind.map((k) => k.label);
    expect(kinds).toEqual(['产业小计', '市小计']);
  });
});
