import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type BrowserContext, type Page } from 'playwright-core';
import { launchZhProfile } from '../../bench/headless-chromium.js';
import { gridFromExcelJSWorksheet } from '../../core/grid/exceljs-grid.js';
import { standardSpec } from '../../core/templates/index.js';
import { screenWorkbookBytes } from '../../core/xlsx/screen-workbook-bytes.js';
import { ONE_FILE_BUDGET } from '../../webpack.config.js';
import { cellOf, filledWorkbook, flawedFill, validFill } from '../addin/template-fill.js';
import { findSystemProgram } from '../support/system-program.js';
import { builtAddin } from '../support/built-addin.js';
import { serveStatic } from './static-server.js';

const TEST_NAME = 'add-in in Chromium: check page and task pane';
const chromiumPath = findSystemProgram('chromium', 'chromium', TEST_NAME);
const describeWithChromium = chromiumPath ? describe : describe.skip;

const root = process.cwd();
const work = join(root, 'tests/.tmp/e2e');
const out = join(work, 'dist');
const shots = join(root, 'tests/screenshots');
const docsShots = join(root, 'docs/screenshots');
const SHEET = standardSpec.sheetName;

/** The flawed submission: A02 > A01 (and so 建会率 > 100), C01 ≠ Σ parts, A05 > A04, and 集体协商建制率 left empty. */
function flawedWorkbook(): ExcelJS.Workbook {
  const wb = filledWorkbook(flawedFill());
  // The user deleted the rate's formula: an empty cell 填入计算值 can fill.
  wb.getWorksheet(SHEET)!.getCell(cellOf('B03')).value = null;
  return wb;
}

/** What the engine must find in it: the group and cell of every issue, nothing more (建会率 over 100 is listed under A02's issue). */
const EXPECTED = [
  { group: 'hard', cell: cellOf('A02'), indicator: 'A02' },
  { group: 'hard', cell: cellOf('C01'), indicator: 'C01' },
  { group: 'soft', cell: cellOf('A05'), indicator: 'A05' },
  { group: 'soft', cell: cellOf('A06'), indicator: 'A06' },
];
const byCell = (a: { cell?: string }, b: { cell?: string }) => (a.cell ?? '').localeCompare(b.cell ?? '');

async function build(): Promise<void> {
  await builtAddin(out);
}

async function issuesOn(page: Page) {
  return page.$$eval('button.issue', (buttons) =>
    buttons.map((b) => ({
      group: /issue-(hard|soft|explained)/.exec(b.className)?.[1],
      cell: (b as HTMLElement).dataset.cell,
      indicator: (b as HTMLElement).dataset.indicator,
    })),
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  mkdirSync(docsShots, { recursive: true });
  await page.screenshot({ path: join(shots, name), fullPage: false });
  // The README's pictures are refreshed on request only, so a test run leaves the tree as it found it.
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(shots, name), join(docsShots, name));
}

describeWithChromium(TEST_NAME, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;
  let profile: string;
  const flawedPath = join(work, 'flawed.xlsx');
  const requests: string[] = [];

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    await build();
    await flawedWorkbook().xlsx.writeFile(flawedPath);
    // The harness gets the same sheet the page reads, as RawCells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(flawedPath);
    const grid = gridFromExcelJSWorksheet(wb.getWorksheet(SHEET)!);
    const cells = Array.from({ length: grid.rowCount }, (_, r) => Array.from({ length: grid.colCount }, (_, c) => grid.cell(r + 1, c + 1)));
    writeFileSync(join(out, 'grid.json'), JSON.stringify(cells));
    server = await serveStatic(out);
    profile = mkdtempSync(join(tmpdir(), 'union-stats-chromium-'));
    context = await launchZhProfile(chromiumPath!, profile);
    context.on('request', (request) => requests.push(request.url()));
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('check.html: opens a flawed workbook from disk, lists exactly its issues, marks the clicked cell', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}check.html`);
    await page.setInputFiles('#file', flawedPath);
    await page.waitForSelector('button.issue');
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    expect(await page.$$eval('.issue-group-head', (heads) => heads.map((h) => h.textContent))).toEqual(['强制性2', '提示性2', '已说明0']);
    expect(await page.locator('td.mark-hard').count()).toBe(3);
    expect(await page.locator('td.mark-soft').count()).toBe(2);

    await page.click(`button.issue[data-cell="${cellOf('C01')}"]`);
    const cell = page.locator(`td[data-cell="${cellOf('C01')}"]`);
    await expect(cell.getAttribute('class')).resolves.toMatch(/mark-hard.*selected|selected.*mark-hard/);
    expect(await page.locator('td.selected').count()).toBe(1);
    expect(await page.locator('.help h3').textContent()).toBe('C01 帮扶资金合计');
    await shoot(page, 'check-page.png');

    // 填入计算值 writes the emptied 集体协商建制率 into the in-memory workbook and re-checks; nothing is uploaded.
    await page.click('button[data-action="fill"]');
    await page.waitForSelector('#download:not([hidden])');
    const b03 = (validFill.current!.B02 as number) / (validFill.current!.B01 as number);
    expect(await page.locator(`td[data-cell="${cellOf('B03')}"]`).textContent()).toBe(String(Math.round(b03 * 1000) / 10));
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    await page.close();
  });

  it('check.html: a file exceljs cannot load is still checked and shown (read by the bounded reader); only changing it is refused, in Chinese', async () => {
    // The flawed workbook with its workbook.xml written with an `x:` prefix (as some producers write it): valid
    // SpreadsheetML the fast reader takes, on which exceljs 4.4 finds no sheets and throws. The page used to refuse it.
    const zip = unzipSync(readFileSync(flawedPath));
    const xml = strFromU8(zip['xl/workbook.xml']);
    const prefixed = xml
      .replace(/<(\/?)([A-Za-z]+)(?=[\s>/])/g, (tag, slash: string, name: string) => (name === 'xml' ? tag : `<${slash}x:${name}`))
      .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    expect(prefixed).toContain('<x:sheets>');
    zip['xl/workbook.xml'] = strToU8(prefixed);
    const path = join(work, 'exceljs-cannot-load.xlsx');
    writeFileSync(path, zipSync(zip));
    await expect(new ExcelJS.Workbook().xlsx.load(new Uint8Array(readFileSync(path)).buffer)).rejects.toThrow();

    const page = await context.newPage();
    await page.goto(`${server.url}check.html`);
    await page.setInputFiles('#file', path);
    await page.waitForSelector('button.issue');
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    expect(await page.locator('td.mark-hard').count()).toBe(3);
    expect(await page.locator('#problem').textContent()).toBe('');
    await page.click('button[data-action="fill"]');
    await page.waitForSelector('.status:has-text("本页无法修改该文件")');
    expect(await page.locator('.status').textContent()).toContain('exceljs-cannot-load.xlsx');
    expect(await page.locator('#download').isHidden()).toBe(true);
    // The issues found stay on screen.
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    await page.close();
  });

  it('check.html where exceljs.min.js cannot load (as on IE11): the page still checks and marks; only changing the file is refused', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/exceljs.min.js', (route) =>
      route.fulfill({ contentType: 'application/javascript', body: 'throw new SyntaxError("simulated: this engine cannot parse exceljs.min.js");' }),
    );
    await page.goto(`${server.url}check.html`);
    expect(await page.evaluate(() => typeof (window as unknown as { ExcelJS?: unknown }).ExcelJS)).toBe('undefined');
    await page.setInputFiles('#file', flawedPath);
    await page.waitForSelector('button.issue');
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    expect(await page.locator('td.mark-hard').count()).toBe(3);
    await page.click('button[data-action="fill"]');
    await page.waitForSelector('.status:has-text("本页无法修改该文件")');
    expect(await page.locator('#download').isHidden()).toBe(true);
    // The one error is the simulated script's own: nothing of the page's failed.
    expect(errors).toEqual(['simulated: this engine cannot parse exceljs.min.js']);
    await page.close();
  });

  it('审核.html copied alone and opened from disk: checks the flawed workbook and marks its cells, fetching nothing', async () => {
    const built = join(out, '审核.html');
    expect(statSync(built).size).toBeLessThanOrEqual(ONE_FILE_BUDGET['审核.html']);
    expect(readFileSync(built, 'utf8')).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*\bhref=/);
    const alone = mkdtempSync(join(tmpdir(), 'union-stats-check-'));
    copyFileSync(built, join(alone, '审核.html'));
    const page = await context.newPage();
    const seen: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    await page.goto(pathToFileURL(join(alone, '审核.html')).href);
    expect(await page.title()).toBe('工会统计审核');
    await page.setInputFiles('#file', flawedPath);
    await page.waitForSelector('button.issue');
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    // The stylesheet is inside: marked cells have their colours without review-panel.css beside the page.
    expect(await page.locator('td.mark-hard').count()).toBe(3);
    expect(await page.locator('td.mark-soft').count()).toBe(2);
    expect(await page.locator('td.mark-hard').first().evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(255, 199, 206)');
    await page.click(`button.issue[data-cell="${cellOf('C01')}"]`);
    expect(await page.locator('td.selected').count()).toBe(1);
    await shoot(page, 'check-page-one-file.png');
    expect(errors).toEqual([]);
    expect(seen.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
    await page.close();
    rmSync(alone, { recursive: true, force: true });
  });

  it('check.html: a clean workbook shows no issues', async () => {
    const cleanPath = join(work, 'clean.xlsx');
    await filledWorkbook(validFill).xlsx.writeFile(cleanPath);
    const page = await context.newPage();
    await page.goto(`${server.url}check.html`);
    await page.setInputFiles('#file', cleanPath);
    await page.waitForSelector('.status:has-text("未发现问题")');
    expect(await page.locator('button.issue').count()).toBe(0);
    expect(await page.locator('td.mark-hard, td.mark-soft').count()).toBe(0);
    await page.close();
  });

  it('check.html: refuses what the CLI refuses, with the same words', async () => {
    // An old binary .xls (OLE2 magic, no encryption streams) and a CSV renamed .xlsx.
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const files = [
      { name: '旧格式.xlsx', bytes: ole },
      { name: '名单.xlsx', bytes: new TextEncoder().encode('单位,人数\n甲,1\n') },
      // Over the size limit: refused from File.size, worded so that size and limit differ (20.02 MiB > 20 MiB).
      { name: '过大.xlsx', bytes: new Uint8Array(Math.round(20.02 * 1024 * 1024)) },
    ];
    for (const f of files) {
      const path = join(work, f.name);
      writeFileSync(path, f.bytes);
      const expected = screenWorkbookBytes(f.bytes, f.name);
      if (expected.ok) throw new Error(`${f.name} should be refused`);
      const page = await context.newPage();
      await page.goto(`${server.url}check.html`);
      await page.setInputFiles('#file', path);
      await page.waitForFunction(() => (document.getElementById('problem')?.textContent ?? '') !== '');
      expect(await page.locator('#problem').textContent()).toBe(`${f.name}：${expected.issue.message.zh} ${expected.issue.hint.zh}`);
      expect(await page.locator('button.issue').count()).toBe(0);
      await page.close();
    }
  });

  it('task pane UI over a fake workbook: check, list, select, report, fill', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 860 });
    await page.goto(`${server.url}harness.html`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('button[data-action="check"]').textContent()).toBe('审核');
    await page.click('button[data-action="check"]');
    await page.waitForSelector('button.issue');
    expect((await issuesOn(page)).sort(byCell)).toEqual([...EXPECTED].sort(byCell));
    type Calls = { kind: string; [k: string]: unknown }[];
    const calls = () => page.evaluate(() => (window as unknown as { harness: { calls: unknown[] } }).harness.calls as Calls);
    const first = await calls();
    expect(first.map((c) => c.kind)).toEqual(['readTemplate', 'highlight']);
    // Every issue's cell, and 建会率's, which A02 > A01 pushes over 100 (listed under that issue, marked all the same).
    expect((first[1].marks as { cell: string; severity: string }[]).map((m) => `${m.severity}@${m.cell}`).sort()).toEqual(
      [...EXPECTED.map((e) => `${e.group}@${e.cell}`), `hard@${cellOf('A03')}`].sort(),
    );

    await page.click(`button.issue[data-cell="${cellOf('A05')}"]`);
    expect((await calls()).at(-1)).toEqual({ kind: 'select', sheet: SHEET, cell: cellOf('A05') });
    expect(await page.locator('.help h3').textContent()).toBe('A05 工会会员数');
    await shoot(page, 'taskpane.png');

    await page.click('button[data-action="report"]');
    await page.waitForSelector('.status:has-text("审核结果")');
    const report = (await calls()).at(-1)!;
    expect(report.kind).toBe('writeReport');
    expect(report.sheet).toBe('审核结果');
    const table = report.table as string[][];
    expect(table[0]).toEqual(['严重程度', '状态', '单元格', '指标', '问题', '修改建议', '说明']);
    expect(table).toHaveLength(1 + EXPECTED.length);

    await page.click('button[data-action="fill"]');
    await page.waitForSelector('.status:has-text("已填入")');
    const fill = (await calls()).find((c) => c.kind === 'fillDerived')!;
    const b03 = (validFill.current!.B02 as number) / (validFill.current!.B01 as number);
    expect(fill.fills).toEqual([{ sheet: SHEET, cell: cellOf('B03'), value: Math.round(b03 * 1000) / 10 }]);
    await page.close();
  });

  it('taskpane.html loads office.js from its own host and fetches nothing from the internet', async () => {
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.goto(`${server.url}taskpane.html`);
    // Outside Office, Office.onReady still fires (host null): the pane then points to the check page.
    await page.waitForFunction(() => !document.getElementById('app')?.textContent?.includes('Loading'));
    expect(seen).toContain(`${server.url}office-js/office.js`);
    expect(seen.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(await page.locator('#old-webview').isHidden()).toBe(true);
    expect(await page.locator('#app').textContent()).toContain('check.html');
    await page.close();
  });

  it('task pane UI: English when Office is not Chinese; a protected sheet is reported, not unprotected', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}harness.html?locale=en-US&protected=1`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('button[data-action="check"]').textContent()).toBe('Check');
    await page.click('button[data-action="check"]');
    await page.waitForSelector('button.issue');
    expect(await page.$$eval('.issue-group-name', (els) => els.map((e) => e.textContent))).toEqual(['Must fix', 'Please confirm', 'Explained']);
    await expect(page.locator('.warning').textContent()).resolves.toContain('Unprotect the sheet');
    expect(await page.locator('.warning').isVisible()).toBe(true);
    await page.close();
  });
});
