/**
 * 汇总.html as federation staff get it: the one file copied alone into a folder
 * and opened from disk (file://) in Chromium with the locale zh-CN, offline.
 * The sample 2025 folder, the roster (.xlsx) and last year (the 2024 folder, or
 * last year's 汇总表.xlsx) are given through the page's pickers; the status
 * table and the sentences are checked, the .zip is downloaded, and every file in
 * it equals what the unionstat CLI writes for the same inputs (xlsx and docx part
 * by part, except the time of writing). Any request that is not file:, blob: or
 * data: fails the test.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, writeFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '../../bench/headless-chromium.js';
import webpack from 'webpack';
import { standardSpec } from '../../core/templates/index.js';
import { generateSubmissions } from '../../bench/generate-submissions.js';
import { buildTemplateWorkbook, fillTemplate } from '../../report/template/index.js';
import { enteredFigures } from '../support/entered-figures.js';
import { OUTPUT_FILES } from '../../report/build-outputs.js';
import { STATUS_HEAD } from '../../report/status-rows.js';
import webpackConfig, { ONE_FILE_BUDGET } from '../../webpack.config.js';
import { buildCli } from '../hostile/build-cli.js';
import { partsExceptCoreProperties, partsWithPngShapes, pngShape } from '../support/package-parts.js';
import { mergeInPane, paneHarness, rosterWorkbook, runCli, writtenWorkbook } from '../support/summary-pane.js';
import { findSystemProgram } from '../support/system-program.js';
import { bookSpec, BOOK_RULE, writeSpecBook } from '../support/federation-spec-book.js';
import { specFingerprint } from '../../core/spec/spec-fingerprint.js';

const TEST_NAME = '汇总.html opened from disk in Chromium';
const chromiumPath = findSystemProgram('chromium', 'chromium', TEST_NAME);
const describeWithChromium = chromiumPath ? describe : describe.skip;

const root = process.cwd();
const work = join(root, 'tests/.tmp/summary-page');
const samples = join(root, 'samples/submissions');
const rosterCsv = join(root, 'samples/roster.csv');
/** The roster as a workbook (written in beforeAll), given to the page and to the CLI alike. */
const docsShots = join(root, 'docs/screenshots');
const rosterXlsx = join(work, '名册.xlsx');
const HEADER = { preparer: '王小明', phone: '0571-88886666', head: '李华' };
const OUTPUTS: string[] = Object.values(OUTPUT_FILES);
const sampleDraft = join(root, 'samples/报告草稿.docx');
/** The sample draft whose placeholders Word split across runs. */
const splitDraft = join(root, 'samples/报告草稿-分段.docx');

async function buildPage(out: string): Promise<void> {
  const config = await webpackConfig({ outputPath: out, summary: true }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

/** `unionstat report --draft …`: its exit code and what it printed to stderr, line by line (the refusal, when it refuses). */
function runReport(main: string, draft: string, from: string, out: string): { status: number | null; errors: string[] } {
  const run = spawnSync(process.execPath, [main, 'report', '--draft', draft, '--from', from, '--out', out], { encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, errors: run.stderr.split(/\r?\n/).filter((line) => line.trim() !== '') };
}

/**
 * A filled draft from the page against the CLI's for the same draft and figures:
 * document.xml and every relationship part byte for byte, every other part the
 * same but the chart PNGs, which must be PNGs of the same pixel size (canvas on
 * the page, sharp in the CLI).
 */
function expectSameFilledDraft(page: Uint8Array, cli: Uint8Array): void {
  const pageFiles = unzipSync(page);
  const cliFiles = unzipSync(cli);
  expect(Object.keys(pageFiles).sort()).toEqual(Object.keys(cliFiles).sort());
  expect(strFromU8(pageFiles['word/document.xml'])).toBe(strFromU8(cliFiles['word/document.xml']));
  const rels = Object.keys(cliFiles).filter((part) => part.endsWith('.rels'));
  expect(rels).toContain('word/_rels/document.xml.rels');
  for (const part of rels) expect([part, strFromU8(pageFiles[part])]).toEqual([part, strFromU8(cliFiles[part])]);
  expect(partsWithPngShapes(page)).toEqual(partsWithPngShapes(cli));
  const pngs = Object.keys(cliFiles).filter((part) => /^word\/media\/unionstat-chart\d+\.png$/.test(part));
  expect(pngs.length).toBeGreaterThan(0);
  for (const part of pngs) expect([part, pngShape(pageFiles[part])]).toEqual([part, expect.stringMatching(/^png \d+×\d+$/)]);
}

/** The sample draft with `{建会率}` mistyped as `{建会律}`: a placeholder no figure has. */
function draftWithUnknownPlaceholder(path: string): void {
  const files = unzipSync(new Uint8Array(readFileSync(sampleDraft)));
  const xml = strFromU8(files['word/document.xml']);
  expect(xml).toContain('{建会率}');
  files['word/document.xml'] = strToU8(xml.replace('{建会率}', '{建会律}'));
  writeFileSync(path, zipSync(files));
}

/** Every workbook in a templates zip against the files `unionstat template` wrote: same names, same parts but the time of writing. */
function expectSameTemplates(zip: Record<string, Uint8Array>, cliDir: string): void {
  const names = readdirSync(cliDir).sort();
  expect(names.length).toBeGreaterThan(1);
  expect(Object.keys(zip).sort()).toEqual(names);
  for (const name of names) expect([name, partsExceptCoreProperties(zip[name])]).toEqual([name, partsExceptCoreProperties(new Uint8Array(readFileSync(join(cliDir, name))))]);
}

/** run.json without what differs between two runs of the same inputs: when, how long, and how it was asked for. */
function comparableRun(text: string): unknown {
  const run = JSON.parse(text) as Record<string, unknown>;
  delete run.startedAt;
  delete run.finishedAt;
  delete run.timings;
  delete run.options;
  return run;
}

function expectSameOutputs(zip: Record<string, Uint8Array>, cliDir: string): void {
  expect(Object.keys(zip).sort()).toEqual([...OUTPUTS].sort());
  for (const name of OUTPUTS) {
    const cli = new Uint8Array(readFileSync(join(cliDir, name)));
    const page = zip[name];
    if (name.endsWith('.docx')) {
      // Charts drawn by the page's canvas and the CLI's sharp: PNGs alike in shape, all else byte for byte.
      const pageParts = partsWithPngShapes(page);
      expect([name, pageParts]).toEqual([name, partsWithPngShapes(cli)]);
      const pngs = Object.keys(pageParts).filter((part) => part.startsWith('word/media/') && part.endsWith('.png'));
      expect(pngs.length).toBeGreaterThan(0);
      for (const part of pngs) expect([part, pageParts[part]]).toEqual([part, expect.stringMatching(/^png \d+×\d+$/)]);
    } else if (name.endsWith('.xlsx')) expect([name, partsExceptCoreProperties(page)]).toEqual([name, partsExceptCoreProperties(cli)]);
    else if (name === OUTPUT_FILES.run) expect(comparableRun(strFromU8(page))).toEqual(comparableRun(strFromU8(cli)));
    else expect([name, strFromU8(page)]).toEqual([name, strFromU8(cli)]);
  }
}

/** A screenshot in tests/screenshots; also the README's copy in docs/screenshots when UPDATE_SCREENSHOTS is set. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.UPDATE_SCREENSHOTS ? docsShots : join(root, 'tests/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), fullPage: false });
}

describeWithChromium(TEST_NAME, () => {
  let browser: Browser;
  let context: BrowserContext;
  let pageUrl: string;
  let cliMain: string;
  const requests: string[] = [];

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    await buildPage(join(work, 'dist'));
    // Only the page in its folder: anything it needed beside it would be missing.
    const alone = mkdtempSync(join(tmpdir(), 'union-stats-page-'));
    copyFileSync(join(work, 'dist', '汇总.html'), join(alone, '汇总.html'));
    // The same config also builds the task pane's 汇总 tab (summary-pane.js); of the page, only 汇总.html is left.
    expect(readdirSync(join(work, 'dist')).filter((name) => !name.startsWith('summary-pane.'))).toEqual(['汇总.html']);
    pageUrl = pathToFileURL(join(alone, '汇总.html')).href;
    await rosterWorkbook(rosterCsv, rosterXlsx);
    cliMain = buildCli(root, 'summary-page');
    browser = await launchChromium(chromiumPath!);
    context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(request.url()));
    // Nothing may reach a server: such a request is refused here, and fails the test below.
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  afterEach(() => {
    expect(requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
  });

  it(`is one file within its budget (${ONE_FILE_BUDGET['汇总.html'] / 1024 / 1024} MiB) with no reference outside itself`, () => {
    const html = readFileSync(join(work, 'dist', '汇总.html'), 'utf8');
    expect(html.length).toBeGreaterThan(100_000);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(ONE_FILE_BUDGET['汇总.html']);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*\bhref=|UNION_STATS_WORKER_SOURCE/);
  });

  async function openPage(initScript?: string): Promise<Page> {
    const page = await context.newPage();
    if (initScript) await page.addInitScript(initScript);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
    return page;
  }

  async function merge(page: Page, prior: { folder?: string; file?: string }, submissions = join(samples, '2025')): Promise<void> {
    await page.setInputFiles('#submissions-folder', submissions);
    await page.setInputFiles('#roster', rosterXlsx);
    if (prior.folder) await page.setInputFiles('#prior-folder', prior.folder);
    if (prior.file) await page.setInputFiles('#prior-file', prior.file);
    await page.fill('#preparer', HEADER.preparer);
    await page.fill('#phone', HEADER.phone);
    await page.fill('#head', HEADER.head);
    await page.click('#start');
    await page.waitForSelector('body[data-merged="true"]', { timeout: 120_000 });
  }

  async function downloadZip(page: Page): Promise<Record<string, Uint8Array>> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-all')]);
    expect(download.suggestedFilename()).toBe('汇总结果-2025.zip');
    const path = join(work, `download-${Date.now()}.zip`);
    await download.saveAs(path);
    return unzipSync(new Uint8Array(readFileSync(path)));
  }

  it('merges the 2025 folder with the .xlsx roster and the 2024 folder: status table, sentences, and the CLI’s outputs', async () => {
    const cliOut = join(work, 'cli-2025-folder');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', cliOut, ...headerArgs()]);
    const run = JSON.parse(readFileSync(join(cliOut, 'run.json'), 'utf8')) as { statuses: { code: string; status: string }[] };

    const page = await openPage();
    expect(await page.title()).toBe('工会统计汇总');
    // English on request, Chinese again.
    await page.click('#lang');
    expect(await page.title()).toBe('Union statistics summary');
    expect(await page.locator('#start').textContent()).toBe('Merge');
    await page.click('#lang');
    expect(await page.locator('#start').textContent()).toBe('开始汇总');
    await shoot(page, 'summary-page-before.png');
    await merge(page, { folder: join(samples, '2024') });
    expect(await page.locator('#done').textContent()).toMatch(/^汇总完成，用时 \d+\.\d 秒。$/);
    await page.locator('#results').evaluate((node) => node.scrollIntoView());
    await shoot(page, 'summary-page-after.png');

    // The status table: every roster unit (and stranger), in the CLI's order and with its status.
    const rows = await page.$$eval('#status-table tbody tr', (trs) => trs.map((tr) => ({ code: (tr as HTMLElement).dataset.code, status: (tr as HTMLElement).dataset.status })));
    expect(rows).toEqual(run.statuses.map((s) => ({ code: s.code, status: s.status })));
    const head = await page.$$eval('#status-table thead th', (ths) => ths.map((th) => th.textContent));
    expect(head).toEqual(STATUS_HEAD.zh);
    // Each row's cells in the same columns as the 报送情况 sheet.
    const cells = await page.$$eval('#status-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    for (const row of cells) expect(row).toHaveLength(STATUS_HEAD.zh.length);

    // The headline sentences are the ones 汇总报告.html carries.
    const sentences = await page.$$eval('#sentence-list p', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(sentences.length).toBeGreaterThan(0);
    const cliHtml = readFileSync(join(cliOut, OUTPUT_FILES.html), 'utf8');
    for (const s of sentences) expect(cliHtml).toContain(s);

    // The preview shows the charts the CLI's docx carries: same captions, in the same order, each an inline SVG.
    const cliDocx = unzipSync(new Uint8Array(readFileSync(join(cliOut, OUTPUT_FILES.docx))));
    const cliCaptions = [...strFromU8(cliDocx['word/document.xml']).matchAll(/<wp:docPr [^>]*\bdescr="([^"]*)"/g)].map((m) => m[1]);
    expect(cliCaptions.length).toBeGreaterThan(0);
    const figures = await page.$$eval('#preview figure.chart', (fs) => fs.map((f) => ({ caption: f.querySelector('figcaption')?.textContent, svg: f.querySelector('svg') !== null })));
    expect(figures).toEqual(cliCaptions.map((caption) => ({ caption, svg: true })));

    // 需要催报/退改: only the units whose status asks something of staff.
    await page.check('#needs-action');
    const chased = await page.$$eval('#status-table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    expect(chased).toEqual(run.statuses.filter((s) => s.status !== 'reported').map((s) => s.status));
    expect(chased.length).toBeGreaterThan(0);

    // A unit with hard issues: its issues with cell and hint, and its sheet with those cells marked.
    const bad = run.statuses.find((s) => s.status === 'hard-issues')!;
    await page.click(`#status-table tbody tr[data-code="${bad.code}"]`);
    await page.waitForSelector('#unit-issues button.issue');
    await page.waitForSelector('#unit-sheet td.mark-hard');
    const firstCell = await page.$eval('#unit-issues button.issue-hard', (b) => (b as HTMLElement).dataset.cell);
    expect(firstCell).toBeTruthy();
    expect(await page.locator(`#unit-sheet td[data-cell="${firstCell}"]`).getAttribute('class')).toMatch(/mark-hard/);
    await page.click(`#unit-issues button.issue-hard[data-cell="${firstCell}"]`);
    expect(await page.locator('#unit-sheet td.selected').count()).toBe(1);
    await page.locator('.unit-block').evaluate((node) => node.scrollIntoView());
    await shoot(page, 'summary-page-unit.png');
    await page.uncheck('#needs-action');

    expectSameOutputs(await downloadZip(page), cliOut);
    // Each output alone, too.
    const [one] = await Promise.all([page.waitForEvent('download'), page.click(`#download-list a[data-file="${OUTPUT_FILES.csv}"]`)]);
    expect(one.suggestedFilename()).toBe(OUTPUT_FILES.csv);
    await page.close();
  }, 300_000);

  it('offers a choice for a unit that sent two differing files and merges again with it, as `unionstat merge --use` does', async () => {
    // The 2025 folder with a second, differing 东城区 file: the unit is left out until staff choose.
    const dupIn = join(work, 'in-duplicate');
    rmSync(dupIn, { recursive: true, force: true });
    cpSync(join(samples, '2025'), dupIn, { recursive: true });
    const wb = buildTemplateWorkbook(standardSpec);
    const figures = enteredFigures(2);
    fillTemplate(wb, standardSpec, { header: { unitName: '示例市东城区总工会', unitCode: '990101', year: 2025, period: '年报', preparer: '张敏', phone: '0999-1234567' }, current: figures, prior: figures });
    const second = '示例市东城区总工会/东城区-更正.xlsx';
    writeFileSync(join(dupIn, second), new Uint8Array(await wb.xlsx.writeBuffer()));
    const sha = createHash('sha256').update(readFileSync(join(dupIn, second))).digest('hex');
    const cliOut = join(work, 'cli-2025-use');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', dupIn, '--prior', join(samples, '2024'), '--out', cliOut, '--use', `990101=${join(dupIn, second)}`, '--feedback', ...headerArgs()]);

    const page = await openPage();
    await merge(page, { folder: join(samples, '2024') }, dupIn);
    expect(await page.locator('#status-table tbody tr[data-code="990101"]').getAttribute('data-status')).toBe('duplicate');
    expect(await page.locator('#duplicates').isHidden()).toBe(false);
    const radios = await page.$$eval('#duplicate-list fieldset[data-unit="990101"] input[type=radio]', (rs) => rs.map((r) => (r as HTMLInputElement).value));
    expect(radios.sort()).toEqual(['示例市东城区总工会/示例市东城区总工会2025年报.xlsx', second].sort());
    expect(await page.locator('#duplicate-list fieldset[data-unit="990101"]').textContent()).toContain(sha.slice(0, 12));
    await page.check(`#duplicate-list input[value="${second}"]`);
    await page.click('#rechoose');
    await page.waitForSelector('body[data-remerged="1"]');
    expect(await page.locator('#status-table tbody tr[data-code="990101"]').getAttribute('data-status')).not.toBe('duplicate');
    const zip = await downloadZip(page);
    expect((JSON.parse(strFromU8(zip[OUTPUT_FILES.run])) as { choices: unknown }).choices).toEqual([{ unitCode: '990101', file: second, sha256: sha, applied: true }]);
    expectSameOutputs(zip, cliOut);

    // 审核意见 zipped: the files `--feedback` writes into 审核意见/, part by part.
    const [feedback] = await Promise.all([page.waitForEvent('download'), page.click('#download-feedback')]);
    expect(feedback.suggestedFilename()).toBe('审核意见-2025.zip');
    const feedbackPath = join(work, `feedback-${Date.now()}.zip`);
    await feedback.saveAs(feedbackPath);
    const pageFeedback = unzipSync(new Uint8Array(readFileSync(feedbackPath)));
    const cliFeedback = join(cliOut, '审核意见');
    const cliNames = readdirSync(cliFeedback).sort();
    expect(cliNames.length).toBeGreaterThan(1);
    expect(Object.keys(pageFeedback).sort()).toEqual(cliNames);
    for (const name of cliNames) expect([name, partsExceptCoreProperties(pageFeedback[name])]).toEqual([name, partsExceptCoreProperties(new Uint8Array(readFileSync(join(cliFeedback, name))))]);
    await page.close();
  }, 300_000);

  it('merges with last year’s 汇总表.xlsx as the prior, with the same outputs as the CLI', async () => {
    // Last year's summary, as the CLI wrote it a year ago.
    const lastYear = join(work, 'cli-2024');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2024'), '--out', lastYear]);
    const prior = join(lastYear, '汇总表.xlsx');
    const cliOut = join(work, 'cli-2025-summary');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', prior, '--out', cliOut, ...headerArgs()]);

    const templates = join(work, 'cli-templates-2025-from-summary');
    runCli(cliMain, ['template', '--roster', rosterXlsx, '--prior', prior, '--year', '2025', '--out', templates]);

    const page = await openPage();
    await merge(page, { file: prior });
    expectSameOutputs(await downloadZip(page), cliOut);
    // This year's templates with last year's 汇总表.xlsx as their 上年, as `unionstat template --prior 汇总表.xlsx`.
    expect(await page.locator('#templates-this-hint').textContent()).toBe('2025年年报，上年数取自所给的上年数据');
    expectSameTemplates(unzipSync(await saveDownload(page, () => page.click('#download-templates-this'), '各单位模板-2025年报.zip')), templates);
    await page.close();
  }, 300_000);

  async function saveDownload(page: Page, click: () => Promise<unknown>, name: string): Promise<Uint8Array> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    expect(download.suggestedFilename()).toBe(name);
    const path = join(work, `${Date.now()}-${name}`);
    await download.saveAs(path);
    return new Uint8Array(readFileSync(path));
  }

  it('fills the writer’s draft as `unionstat report --draft` does, refuses an unknown placeholder with its closest names, and makes the units’ templates as `unionstat template` does', async () => {
    const cliOut = join(work, 'cli-2025-draft');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', cliOut, ...headerArgs()]);
    const cliReports: Record<string, Uint8Array> = {};
    for (const draft of [sampleDraft, splitDraft]) {
      const out = join(work, `cli-报告-${draft.endsWith('分段.docx') ? 'split' : 'plain'}.docx`);
      expect(runReport(cliMain, draft, cliOut, out).status).toBe(0);
      cliReports[draft] = new Uint8Array(readFileSync(out));
    }
    const badDraft = join(work, '报告草稿-有误.docx');
    draftWithUnknownPlaceholder(badDraft);
    const refused = runReport(cliMain, badDraft, cliOut, join(work, 'cli-报告-有误.docx'));
    expect(refused.status).toBe(2);
    expect(refused.errors.join('\n')).toContain('{建会律}');
    // Next year's templates from this merge, and this year's from the 2024 folder the merge was given.
    const nextTemplates = join(work, 'cli-templates-2026');
    const thisTemplates = join(work, 'cli-templates-2025');
    runCli(cliMain, ['template', '--roster', rosterXlsx, '--prior', join(cliOut, OUTPUT_FILES.xlsx), '--year', '2026', '--out', nextTemplates]);
    runCli(cliMain, ['template', '--roster', rosterXlsx, '--prior', join(samples, '2024'), '--year', '2025', '--out', thisTemplates]);

    const page = await openPage();
    await merge(page, { folder: join(samples, '2024') });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));

    // The writer's draft, filled on the page: the CLI's report, pictures aside.
    for (const draft of [sampleDraft, splitDraft]) {
      const filled = await saveDownload(page, () => page.setInputFiles('#draft', draft), '报告.docx');
      await page.waitForSelector('body[data-draft="filled"]');
      expectSameFilledDraft(filled, cliReports[draft]);
    }
    expect(await page.locator('#draft-status').textContent()).toBe('已用草稿 报告草稿-分段.docx 生成并下载 报告.docx。');
    expect(await page.locator('#draft-problems').isHidden()).toBe(true);

    // A mistyped placeholder: the CLI's words, the closest names among them, and nothing downloaded.
    const before = downloads.length;
    await page.setInputFiles('#draft', badDraft);
    await page.waitForSelector('body[data-draft="refused"]');
    expect(await page.locator('#draft-status').textContent()).toBe('草稿 报告草稿-有误.docx 未能生成报告：');
    const problems = await page.$$eval('#draft-problems li', (lis) => lis.map((li) => li.textContent));
    expect(problems).toEqual(refused.errors);
    expect(problems[0]).toMatch(/\{建会律\}.*\{建会率\}/);
    expect(problems[problems.length - 1]).toBe('报告草稿有 1 处问题，未写入任何文件。');
    expect(downloads.length).toBe(before);
    await page.locator('#draft-block').evaluate((node) => node.scrollIntoView());
    await shoot(page, 'summary-page-draft.png');

    // The sample draft, carried inside the page.
    const sample = await saveDownload(page, () => page.click('#download-sample-draft'), '报告草稿.docx');
    expect(Buffer.from(sample).equals(readFileSync(sampleDraft))).toBe(true);

    // Each unit's pre-filled template, as `unionstat template` writes them.
    expect(await page.locator('#templates-next-hint').textContent()).toBe('2026年年报，上年数取自本次汇总结果');
    const next = await saveDownload(page, () => page.click('#download-templates'), '各单位模板-2026年报.zip');
    await page.waitForSelector('body[data-templates="1"]');
    expectSameTemplates(unzipSync(next), nextTemplates);
    expect(await page.locator('#templates-status').textContent()).toMatch(/^已为 \d+ 个单位生成 2026 年模板并下载 各单位模板-2026年报\.zip；其中 \d+ 个预置了上年数。/);
    const current = await saveDownload(page, () => page.click('#download-templates-this'), '各单位模板-2025年报.zip');
    await page.waitForSelector('body[data-templates="2"]');
    expectSameTemplates(unzipSync(current), thisTemplates);
    await page.close();
  }, 300_000);

  it('merges as in EdgeHTML 18 — no BigInt, TextDecoder, TextEncoder, randomUUID or Blob.arrayBuffer, in the page and its workers — with the CLI’s outputs', async () => {
    const cliOut = join(work, 'cli-2025-legacy');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', cliOut, ...headerArgs()]);
    // Read through attributes the init script sets: page.evaluate itself needs BigInt64Array.
    const page = await openPage(LEGACY_ENGINE);
    const html = page.locator('html');
    expect(await html.getAttribute('data-missing')).toBe('BigInt:undefined BigInt64Array:undefined arrayBuffer:undefined randomUUID:undefined');
    // The stand-ins took their place, installed by the page itself.
    expect(await html.getAttribute('data-decoder')).toBe('function:stand-in function:stand-in');
    await merge(page, { folder: join(samples, '2024') });
    expect(Number(await html.getAttribute('data-legacy-workers'))).toBeGreaterThan(0);
    expectSameOutputs(await downloadZip(page), cliOut);
    await page.close();
  }, 300_000);

  it('the task pane’s 汇总 tab (the built summary-pane.js under a stand-in Office): merges a picked folder and hands Excel the CLI’s 汇总表.xlsx', async () => {
    const cliOut = join(work, 'cli-2025-pane');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', cliOut]);
    const statuses = (JSON.parse(readFileSync(join(cliOut, 'run.json'), 'utf8')) as { statuses: { status: string; included: boolean }[] }).statuses;
    writeFileSync(join(work, 'dist', 'pane-harness.html'), paneHarness('summary-pane.js'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(work, 'dist', 'pane-harness.html')).href);
    await page.getByRole('tab', { name: '汇总' }).click();
    // Nothing picked: the tab says what to pick, and writes nothing.
    await page.getByRole('button', { name: '开始汇总' }).click();
    await page.getByText('请先选择本年报表和名册。').waitFor();
    expect(await page.getByRole('button', { name: '写入 Excel' }).isDisabled()).toBe(true);

    // This year as a folder (its subfolder and the Office lock file in it included), last year as files.
    const lastYear = readdirSync(join(samples, '2024')).filter((name) => name.endsWith('.xlsx')).map((name) => join(samples, '2024', name));
    await mergeInPane(page, { folder: join(samples, '2025'), roster: rosterXlsx, lastYear });
    const units = statuses.filter((s) => s.status !== 'not-in-roster' && s.status !== 'unreadable').length;
    const included = statuses.filter((s) => s.included).length;
    expect(await page.getByRole('status').last().textContent()).toMatch(new RegExp(`^汇总完成：名册 ${units} 个单位，计入汇总 ${included} 个，`));
    expect(await page.locator('li.summary-unit').count()).toBeGreaterThan(0);

    const xlsx = await writtenWorkbook(page);
    expect(partsExceptCoreProperties(xlsx)).toEqual(partsExceptCoreProperties(new Uint8Array(readFileSync(join(cliOut, OUTPUT_FILES.xlsx)))));
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('merges by the federation’s own 指标体系.xlsx picked on the page, as `unionstat merge --spec` does; lists a faulty book’s faults and keeps the spec; remembers the spec after a reload', async () => {
    const book = join(work, '本会指标体系.xlsx');
    const faulty = join(work, '指标体系-有误.xlsx');
    await writeSpecBook(book);
    await writeSpecBook(faulty, true);
    const cliOut = join(work, 'cli-2025-spec-book');
    runCli(cliMain, ['merge', '--roster', rosterXlsx, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', cliOut, '--spec', book, ...headerArgs()]);
    // The book matters: the CLI finds its added 审核公式 broken in the samples, which the standard spec has not.
    const cliRun = readFileSync(join(cliOut, 'run.json'), 'utf8');
    expect(cliRun).toContain(`"${BOOK_RULE.id}"`);
    const templates = join(work, 'cli-templates-2026-spec-book');
    runCli(cliMain, ['template', '--roster', rosterXlsx, '--prior', join(cliOut, OUTPUT_FILES.xlsx), '--year', '2026', '--spec', book, '--out', templates]);
    const cliFaults = spawnSync(process.execPath, [cliMain, 'spec', faulty], { encoding: 'utf8' });
    expect(cliFaults.status).toBe(1);
    const faultLines = cliFaults.stderr.split(/\r?\n/).slice(1).filter((l) => l.trim() !== '').map((l) => l.trim());
    expect(faultLines).toEqual(['审核公式!B7：未知指标代码 A99，是否为 A09？']);

    // A browser of its own: what it remembers must not reach the other tests' pages.
    const own = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    own.on('request', (request) => requests.push(request.url()));
    await own.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    try {
      const page = await own.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pageUrl);
      await page.waitForSelector('body[data-ready="true"]');
      const standardLine = `汇总按：工会基本情况统计表（union-basic）第 1 版，指纹 ${specFingerprint(standardSpec)}（内置标准模板）`;
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      expect(await page.locator('#spec-reset').isHidden()).toBe(true);

      // A faulty book: its faults as the CLI lists them, and the spec stays.
      await page.setInputFiles('#spec-file', faulty);
      await page.waitForSelector('body[data-spec-refused="1"]');
      expect(await page.locator('#spec-status').textContent()).toBe('指标体系-有误.xlsx 有 1 处错误，未使用，仍按原来的指标体系：');
      expect(await page.$$eval('#spec-problems li', (lis) => lis.map((li) => li.textContent))).toEqual(faultLines);
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      expect(await page.locator('body').getAttribute('data-spec')).toBe(specFingerprint(standardSpec));

      // The good book: used, said, and merged by.
      await page.setInputFiles('#spec-file', book);
      await page.waitForSelector(`body[data-spec="${specFingerprint(bookSpec)}"]`);
      const bookLine = `汇总按：工会基本情况统计表（union-basic）第 1 版，指纹 ${specFingerprint(bookSpec)}（来自 本会指标体系.xlsx，已保存在本浏览器，下次打开本页面时自动使用）`;
      expect(await page.locator('#spec-line').textContent()).toBe(bookLine);
      expect(await page.locator('#spec-status').textContent()).toBe('已改用 本会指标体系.xlsx 中的指标体系。');
      expect(await page.locator('#spec-problems').isHidden()).toBe(true);
      await page.locator('#step-spec').evaluate((node) => node.scrollIntoView());
      await shoot(page, 'summary-page-spec.png');
      await merge(page, { folder: join(samples, '2024') });
      expectSameOutputs(await downloadZip(page), cliOut);
      // The units' templates carry the federation's spec, as `unionstat template --spec` writes them.
      expectSameTemplates(unzipSync(await saveDownload(page, () => page.click('#download-templates'), '各单位模板-2026年报.zip')), templates);

      // Next time the page opens, with the same spec, and says so.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#spec-line').textContent()).toBe(bookLine);
      await page.click('#lang');
      expect(await page.locator('#spec-line').textContent()).toBe(
        `Merging by: Trade union basic statistics (union-basic) version 1, fingerprint ${specFingerprint(bookSpec)} (from 本会指标体系.xlsx, kept in this browser for the next time this page is opened)`,
      );
      await page.click('#lang');
      // Changing the spec after a merge puts its results away.
      await merge(page, { folder: join(samples, '2024') });
      await page.click('#spec-reset');
      await page.waitForSelector(`body[data-spec="${specFingerprint(standardSpec)}"]`);
      expect(await page.locator('#results').isHidden()).toBe(true);
      expect(await page.locator('#problem').textContent()).toBe('指标体系已更换，请重新点“开始汇总”。');
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      // A kept spec this page can no longer use (changed by hand here) is said, dropped, and never used.
      await page.evaluate(() => localStorage.setItem('union-stats.summary.spec', JSON.stringify({ file: '旧指标体系.xlsx', spec: { id: 'union-basic' } })));
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      expect(await page.locator('#spec-status').textContent()).toBe('本浏览器保存的指标体系（来自 旧指标体系.xlsx）已无法使用，已改回内置标准模板。如需使用本联合会的指标体系，请重新选择 指标体系.xlsx。');
      expect(await page.evaluate(() => localStorage.getItem('union-stats.summary.spec'))).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await own.close();
    }
  }, 300_000);

  it('shows progress with counts and the current file while it reads, and cancels', async () => {
    // Cached beside the test's folder (which each run clears): generating them takes a minute.
    const data = await generateSubmissions(standardSpec, 800, join(root, 'tests/.tmp/summary-page-data'));
    const page = await openPage();
    await page.fill('#preparer', '赵六');
    await page.fill('#phone', '010-12345678');
    await page.fill('#head', '钱七');
    await page.setInputFiles('#submissions-folder', data.submissions);
    await page.setInputFiles('#roster', data.roster);
    await page.click('#start');
    await page.waitForFunction(() => /读取并审核：[1-9]\d* \/ 800/.test(document.getElementById('progress-text')?.textContent ?? ''));
    expect(await page.locator('#progress-file').textContent()).toMatch(/^当前文件：.+\.xlsx$/);
    await shoot(page, 'summary-page-progress.png');
    await page.click('#cancel');
    await page.waitForFunction(() => !document.getElementById('problem')?.hidden);
    expect(await page.locator('#problem').textContent()).toBe('已取消，未生成任何结果。');
    expect(await page.locator('#progress').isHidden()).toBe(true);
    // The header fields are remembered by this browser for the next merge.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect([await page.inputValue('#preparer'), await page.inputValue('#phone'), await page.inputValue('#head')]).toEqual(['赵六', '010-12345678', '钱七']);
    await page.close();
  }, 300_000);
});

/**
 * What EdgeHTML 18 lacks that current engines have, removed before the page's scripts run, and
 * from each worker it starts (its blob: source loaded after the same removal).
 */
const LEGACY_ENGINE = `(() => {
  const strip = \`
    for (const name of ['BigInt', 'BigInt64Array', 'BigUint64Array', 'TextDecoder', 'TextEncoder']) delete self[name];
    if (self.crypto) delete Object.getPrototypeOf(self.crypto).randomUUID;
    for (const name of ['arrayBuffer', 'text', 'stream']) delete Blob.prototype[name];
  \`;
  new Function(strip)();
  // Before the page's scripts: what is missing. The page's own stand-ins are seen once they ran.
  const missing = 'BigInt:' + typeof self.BigInt + ' BigInt64Array:' + typeof self.BigInt64Array +
    ' arrayBuffer:' + typeof Blob.prototype.arrayBuffer + ' randomUUID:' + typeof crypto.randomUUID;
  addEventListener('DOMContentLoaded', () => {
    document.documentElement.dataset.missing = missing;
    const kind = (f) => typeof f + ':' + (/\\[native code\\]/.test(Function.prototype.toString.call(f)) ? 'native' : 'stand-in');
    document.documentElement.dataset.decoder = kind(self.TextDecoder) + ' ' + kind(self.TextEncoder);
  });
  // A blob: worker cannot importScripts another blob: from a file:// page, so the worker's own source
  // Blob is wrapped, unread, behind the same removal.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  const RealWorker = self.Worker;
  let started = 0;
  self.Worker = function Worker(url, options) {
    document.documentElement.dataset.legacyWorkers = String(++started);
    const source = blobs.get(String(url));
    if (!source) throw new Error('a worker not started from a blob: ' + url);
    return new RealWorker(createObjectURL.call(URL, new Blob([strip, source], { type: 'text/javascript' })), options);
  };
})();`;

function headerArgs(): string[] {
  return ['--preparer', HEADER.preparer, '--phone', HEADER.phone, '--head', HEADER.head];
}
