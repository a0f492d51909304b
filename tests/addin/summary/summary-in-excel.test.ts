import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSummary, toBase64 } from '../../../addin/excel/write-summary.js';
import { runSummaryMerge, type PickedFile } from '../../../addin/taskpane/summary/run-summary-merge.js';
import { sha256Hex } from '../../../core/hash/sha256.js';
import { summarySheets } from '../../../addin/taskpane/summary/summary-sheets.js';
import { a1 } from '../../../core/grid/address.js';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runMerge } from '../../../pipeline/cli/run-merge.js';
import { partsExceptCoreProperties } from '../../support/package-parts.js';
import { FakeExcel, FakeSheet } from '../fake-excel.js';

const SAMPLES = join(process.cwd(), 'samples');

/** A picked folder as the pane's file input gives it: relative names, bytes on demand. */
function picked(root: string): PickedFile[] {
  const walk = (dir: string, prefix: string): PickedFile[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      const name = prefix + entry;
      return statSync(path).isDirectory() ? walk(path, `${name}/`) : [{ name, bytes: async () => new Uint8Array(readFileSync(path)) }];
    });
  return walk(root, '');
}

const rosterFile: PickedFile = { name: 'roster.csv', bytes: async () => new Uint8Array(readFileSync(join(SAMPLES, 'roster.csv'))) };

describe('汇总 in the add-in', () => {
  let xlsx: Uint8Array;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'unionstat-addin-summary-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('SHA-256 in plain JavaScript is node:crypto’s, across block boundaries', () => {
    for (const n of [0, 3, 55, 56, 63, 64, 65, 1000, 100_000]) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  test('the pane’s merge gives the CLI’s report and the CLI’s 汇总表.xlsx for the sample folders, with progress for every file', async () => {
    const progress: string[] = [];
    const result = await runSummaryMerge({
      spec: standardSpec,
      files: picked(join(SAMPLES, 'submissions', '2025')),
      roster: rosterFile,
      lastYear: picked(join(SAMPLES, 'submissions', '2024')),
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
      pause: async () => undefined,
    });
    if (!result.ok) throw new Error('no report');
    const parsed = parseRosterCsv(readFileSync(join(SAMPLES, 'roster.csv'), 'utf8'));
    if (!parsed.ok) throw new Error('roster');
    const cli = await runMerge(
      { spec: standardSpec, roster: parsed.roster, inputs: [join(SAMPLES, 'submissions', '2025')], prior: join(SAMPLES, 'submissions', '2024'), out, jobs: 1 },
      recordingEffects(),
    );
    expect(result.report.statuses).toEqual(cli.report.statuses);
    expect(result.report.summary).toEqual(cli.report.summary);
    expect(result.report.files.map((f) => [f.file, f.sha256, f.outcome])).toEqual(cli.report.files.map((f) => [f.file, f.sha256, f.outcome]));
    expect(partsExceptCoreProperties(result.xlsx)).toEqual(partsExceptCoreProperties(new Uint8Array(readFileSync(join(out, '汇总表.xlsx')))));
    // Last year's files, then this year's: one line per file, counted within each.
    const prior = picked(join(SAMPLES, 'submissions', '2024')).length;
    const total = picked(join(SAMPLES, 'submissions', '2025')).length;
    expect(progress).toHaveLength(prior + total);
    expect(progress[prior - 1]).toMatch(new RegExp(`^${prior}/${prior} `));
    expect(progress[prior + total - 1]).toMatch(new RegExp(`^${total}/${total} `));
    xlsx = result.xlsx;
  });

  test('a roster that is not one comes back as its problems, in Chinese', async () => {
    // A workbook (here last run's 汇总表.xlsx) is read as one whatever its name, like the CLI's --roster: it has no roster columns.
    const result = await runSummaryMerge({ spec: standardSpec, files: [], roster: { name: 'roster.csv', bytes: async () => xlsx }, pause: async () => undefined });
    expect(result).toEqual({ ok: false, roster: [expect.objectContaining({ code: 'roster.missing-columns', line: 1, zh: expect.stringContaining('缺少列') })] });
    const junk = new Uint8Array([0x00, 0xff, 0xfe, 0x01, 0x02]);
    const binary = await runSummaryMerge({ spec: standardSpec, files: [], roster: { name: 'roster.csv', bytes: async () => junk }, pause: async () => undefined });
    expect(binary).toEqual({ ok: false, roster: [expect.objectContaining({ zh: expect.stringMatching(/名册/) })] });
  });

  test('ExcelApi 1.8: a new workbook from the very bytes of 汇总表.xlsx, without a single sync', async () => {
    const excel = new FakeExcel([new FakeSheet('Sheet1')]);
    const created: string[] = [];
    const result = await writeSummary({
      xlsx,
      sheets: () => summarySheets(xlsx, standardSpec),
      run: excel.run,
      supports: () => true,
      createWorkbook: async (base64) => void created.push(base64),
    });
    expect(result).toEqual({ where: 'new-workbook' });
    expect(created).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(created[0], 'base64'))).toEqual(xlsx);
    expect(created[0]).toBe(Buffer.from(xlsx).toString('base64'));
    expect(excel.syncs).toBe(0);
  });

  test('without ExcelApi 1.8: 汇总 / 分单位 / 同比分析 / 报送情况 / 审核结果 as new sheets of the open workbook, in 2 syncs; a taken name is not overwritten', async () => {
    const mine = new FakeSheet('汇总');
    mine.cells.set('A1', { value: '我的表', type: 'String' });
    const excel = new FakeExcel([mine]);
    const sheets = summarySheets(xlsx, standardSpec);
    const result = await writeSummary({ xlsx, sheets: () => sheets, run: excel.run, supports: (set, version) => set === 'ExcelApi' && version < '1.8', createWorkbook: async () => { throw new Error('not there'); } });
    expect(result).toEqual({ where: 'open-workbook', sheets: ['汇总 (2)', '分单位', '同比分析', '报送情况', '审核结果'] });
    expect(excel.syncs).toBe(2);
    expect(mine.cells.get('A1')!.value).toBe('我的表');
    expect(excel.sheet('汇总 (2)').activated).toBe(1);
    // Every value of every sheet is what the xlsx holds.
    for (const [i, sheet] of sheets.entries()) {
      const written = excel.sheet(result.where === 'open-workbook' ? result.sheets[i] : '');
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = written.cells.get(a1(r + 1, c + 1));
          expect(cell?.value ?? '').toBe(value ?? '');
        }),
      );
    }
    const status = sheets.find((s) => s.name === '报送情况')!;
    expect(status.rows[0]).toEqual(['单位代码', '单位名称', '类别', '报送状态', '填报人', '联系电话', '文件', '强制性错误', '待说明', '已说明', '计入汇总']);
    expect(sheets.find((s) => s.name === '汇总')!.rows.flat()).toContain('示例市总工会');
  });

  test('the sync count stays bounded: at most 2 + floor(cells / limit), whatever the size', async () => {
    const sheets = summarySheets(xlsx, standardSpec);
    const cells = sheets.reduce((n, s) => n + s.rows.length * Math.max(1, ...s.rows.map((r) => r.length)), 0);
    for (const limit of [50, 500, 5000]) {
      const excel = new FakeExcel([new FakeSheet('Sheet1')]);
      await writeSummary({ xlsx, sheets: () => sheets, run: excel.run, supports: () => false, maxCellsPerSync: limit });
      expect(excel.syncs).toBeLessThanOrEqual(2 + Math.floor(cells / limit));
      expect(excel.syncs).toBeGreaterThan(limit === 5000 ? 1 : 2);
    }
  });

  test('base64 in chunks is Buffer’s', () => {
    const data = new Uint8Array(100_003).map((_, i) => (i * 7) & 0xff);
    expect(toBase64(data)).toBe(Buffer.from(data).toString('base64'));
  });
});
