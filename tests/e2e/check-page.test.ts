import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, type Page } from 'playwright-core';
import { launchZhProfile } from '../../bench/headless-chromium.js';
import { standardSpec } from '../../core/templates/index.js';
import { screenWorkbookBytes } from '../../core/xlsx/screen-workbook-bytes.js';
import { buildUnitTemplate } from '../../report/template/build-unit-templates.js';
import { fillTemplate } from '../../report/template/index.js';
import { cellOf, filledWorkbook, header, unit, validFill } from '../addin/template-fill.js';
import { a1 } from '../../core/grid/address.js';
import { specFingerprint } from '../../core/spec/spec-fingerprint.js';
import { templateLayout } from '../../report/template/index.js';
import { changedSpec, changedSpecFill, filledFrom } from '../support/changed-spec.js';
import { findSystemProgram } from '../support/system-program.js';
import { bookSpec, BOOK_RULE, writeSpecBook } from '../support/federation-spec-book.js';
import { buildCli } from '../hostile/build-cli.js';
import { renderText } from '../../core/messages/render-text.js';
import { specSourceText } from '../../core/messages/spec-meta-messages.js';
import type { Issue } from '../../core/issues/issue.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { twoTableSpec } from '../../samples/two-table-spec.js';
import { openCheckPageLocation, type CheckPageLocation } from './check-page-location.js';

const TEST_NAME = 'check page in Chromium: behaves like a document app';
const chromiumPath = findSystemProgram('chromium', 'chromium', TEST_NAME);
const describeWithChromium = chromiumPath ? describe : describe.skip;

const root = process.cwd();
const work = join(root, 'tests/.tmp/e2e-check-page');
/** The sample with a hard error: 北山区, whose C01 is not C02 + … + C05. */
const FLAWED_SAMPLE = join(root, 'samples/submissions/2025/示例市北山区总工会2025年报.xlsx');
const CHECKED_AT = /^(.+) · (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) 审核$/;

async function issuesOn(page: Page): Promise<string[]> {
  return page.$$eval('button.issue', (buttons) =>
    buttons.map((b) => `${/issue-(hard|soft|explained)/.exec(b.className)?.[1]}@${(b as HTMLElement).dataset.cell ?? '-'}`),
  );
}

/** Picks `path` in the page's file input, as a county does with 打开, and waits for this pick's check to finish or its refusal. */
async function pick(page: Page, path: string): Promise<void> {
  // Whatever is on screen now belongs to the previous file: tag it, and wait for what is not tagged.
  await page.evaluate(() => {
    document.querySelector('.status')?.setAttribute('data-previous', '');
  });
  await page.setInputFiles('#file', path);
  await page.waitForFunction(() => {
    const status = document.querySelector('.status:not([data-previous])');
    const text = status?.textContent ?? '';
    const problem = document.getElementById('problem');
    return (text !== '' && !text.includes('正在审核')) || (problem?.textContent ?? '') !== '';
  });
}

describeWithChromium(TEST_NAME, () => {
  let location: CheckPageLocation;
  let context: BrowserContext;
  let profile: string;
  const requests: string[] = [];

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    location = await openCheckPageLocation(work);
    profile = mkdtempSync(join(tmpdir(), 'union-stats-check-page-'));
    context = await launchZhProfile(chromiumPath!, profile);
    context.on('request', (request) => requests.push(request.url()));
    // The webpack build is minutes on a loaded machine.
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await location?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  afterEach(() => {
    // Nothing the page does leaves this computer.
    expect(requests.filter((url) => !location.ownPrefixes.some((p) => url.startsWith(p)))).toEqual([]);
  });

  it('loads, checks the flawed sample, marks its cells, and says which file was checked and when', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const path = join(work, '北山区.xlsx');
    copyFileSync(FLAWED_SAMPLE, path);
    await pick(page, path);
    expect(await issuesOn(page)).toEqual([`hard@${cellOf('C01')}`]);
    expect(await page.locator(`td[data-cell="${cellOf('C01')}"]`).getAttribute('class')).toContain('mark-hard');
    const line = CHECKED_AT.exec((await page.locator('.checked-file').textContent()) ?? '');
    expect(line?.[1]).toBe('北山区.xlsx');
    expect(Math.abs(Date.parse(line![2].replace(' ', 'T')) - Date.now())).toBeLessThan(60_000);
    await page.close();
  });

  it('re-picking the same file after it changed on disk shows the new result', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const path = join(work, '东城区2025年报.xlsx');
    const flawed = { ...validFill, current: { ...validFill.current, C01: (validFill.current!.C01 as number) + 5 } };
    await filledWorkbook(flawed).xlsx.writeFile(path);
    await pick(page, path);
    expect(await issuesOn(page)).toEqual([`hard@${cellOf('C01')}`]);
    // The input is emptied once read, so a browser fires 'change' for the same file chosen again.
    expect(await page.$eval('#file', (input) => (input as HTMLInputElement).value)).toBe('');

    // The county fixes the figure in Excel and saves over the same file, then picks it again.
    await filledWorkbook(validFill).xlsx.writeFile(path);
    await pick(page, path);
    expect(await page.locator('.status').textContent()).toBe('未发现问题，可以报送。');
    expect(await issuesOn(page)).toEqual([]);
    expect(await page.locator('td.mark-hard, td.mark-soft').count()).toBe(0);
    await page.close();
  });

  it('a refused .xls clears the previous file’s list and sheet, and names the refused file', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const good = join(work, '北山区-1.xlsx');
    copyFileSync(FLAWED_SAMPLE, good);
    await pick(page, good);
    expect(await issuesOn(page)).toHaveLength(1);
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = join(work, '北山区2025年报.xls');
    writeFileSync(xls, ole);
    const expected = screenWorkbookBytes(ole, '北山区2025年报.xls');
    if (expected.ok) throw new Error('an .xls must be refused');
    await page.setInputFiles('#file', xls);
    await page.waitForFunction(() => (document.getElementById('problem')?.textContent ?? '') !== '');
    expect(await page.locator('#problem').textContent()).toBe(`北山区2025年报.xls：${expected.issue.message.zh} ${expected.issue.hint.zh}`);
    expect(await page.locator('button.issue').count()).toBe(0);
    expect(await page.locator('#panel').innerHTML()).toBe('');
    expect(await page.locator('#sheet td').count()).toBe(0);
    expect(await page.locator('#download').isHidden()).toBe(true);
    await page.close();
  });

  it('shows numbers in the sheet as Excel formats them', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const path = join(work, '格式.xlsx');
    const current: Record<string, number> = { ...(validFill.current as Record<string, number>), A04: 123456, C02: 1200.5 };
    // 建会率 typed by hand as a whole number in its 0.0 cell: Excel shows 97.0, not 97.
    current.A01 = 1000;
    current.A02 = 970;
    const wb = filledWorkbook({ ...validFill, current: { ...current, A03: 97 } });
    await wb.xlsx.writeFile(path);
    await pick(page, path);
    const shown = (code: string) => page.locator(`td[data-cell="${cellOf(code)}"]`).textContent();
    expect(await shown('A03')).toBe('97.0');
    expect(await shown('A04')).toBe('123,456');
    expect(await shown('C02')).toBe('1,200.50');
    // The 单位代码 keeps its text as typed.
    expect(await page.locator('td', { hasText: unit.code }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('one mistake, one message: B02 > B01 is one hard issue, with the rate over 100 listed under it', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const path = join(work, 'B02.xlsx');
    const B01 = validFill.current!.B01 as number;
    await filledWorkbook({ ...validFill, current: { ...validFill.current, B02: B01 + 5 } }).xlsx.writeFile(path);
    await pick(page, path);
    expect(await issuesOn(page)).toEqual([`hard@${cellOf('B02')}`]);
    const consequence = page.locator(`button.issue[data-cell="${cellOf('B02')}"] .issue-consequence`);
    expect(await consequence.textContent()).toMatch(/^由此导致：集体协商建制率（B03）本年的计算结果为 [0-9.]+，大于上限 100。$/);
    expect(await page.locator(`td[data-cell="${cellOf('B03')}"]`).getAttribute('class')).toContain('mark-hard');
    await page.close();
  });

  it('a pre-filled template whose 上年 the county changed gets a hard issue at the county', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const prior = validFill.prior as Record<string, number>;
    const made = buildUnitTemplate(standardSpec, { unitCode: unit.code, unitName: unit.name, year: 2025, period: 'annual', prior, priorSource: '汇总表.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await made.xlsx.writeBuffer()) as ArrayBuffer);
    fillTemplate(wb, standardSpec, { current: validFill.current, header: { preparer: header.preparer, phone: header.phone }, prior: { A01: prior.A01 + 3 } });
    const path = join(work, '预置模板.xlsx');
    await wb.xlsx.writeFile(path);
    await pick(page, path);
    expect(await issuesOn(page)).toEqual([`hard@${cellOf('A01', 'prior')}`]);
    expect(await page.locator('.issue-message').first().textContent()).toBe(
      `应建会单位数（A01）上年为 ${prior.A01 + 3}，与上级预置的上年数 ${prior.A01} 不一致（来源：汇总表.xlsx）。`,
    );
    await page.close();
  });

  it('a workbook made from a changed spec is checked by the spec it carries, and the page says which', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const path = join(work, '第2版模板.xlsx');
    await (await filledFrom(changedSpec, changedSpecFill())).xlsx.writeFile(path);
    await pick(page, path);
    const at = (code: string) => a1(templateLayout(changedSpec).rows[code], templateLayout(changedSpec).columns.current!);
    // A04 and A05 up 25 %: over version 2's 20 %, which the standard 30 % would pass.
    expect(await issuesOn(page)).toEqual([`soft@${at('A04')}`, `soft@${at('A05')}`]);
    expect(await page.locator(`td[data-cell="${at('C11')}"]`).textContent()).toBe('120');
    expect(await page.locator('.spec-source').textContent()).toBe(
      `按本工作簿自带的指标体系审核：工会基本情况统计表（union-basic）第 2 版，指纹 ${specFingerprint(changedSpec)}`,
    );
    // A workbook that carries no spec (the samples predate it) is checked by the page's own, and says so.
    const old = join(work, '北山区-旧模板.xlsx');
    copyFileSync(FLAWED_SAMPLE, old);
    await pick(page, old);
    expect(await page.locator('.spec-source').textContent()).toBe('本工作簿未自带指标体系，按内置标准模板审核：工会基本情况统计表（union-basic）第 1 版');
    await page.close();
  });

  it('checks a workbook without its own spec by the federation’s 指标体系.xlsx picked on the page, as `unionstat check --spec` does; a faulty book changes nothing; remembered after a reload', async () => {
    const book = join(work, '本会指标体系.xlsx');
    const faulty = join(work, '指标体系-有误.xlsx');
    await writeSpecBook(book);
    await writeSpecBook(faulty, true);
    const cliMain = buildCli(root, 'check-page-spec');
    const old = join(work, '北山区-按本会指标体系.xlsx');
    copyFileSync(FLAWED_SAMPLE, old);
    const cliCheck = (spec?: string) => {
      const run = spawnSync(process.execPath, [cliMain, 'check', '--json', ...(spec ? ['--spec', spec] : []), old], { encoding: 'utf8' });
      const issues = (JSON.parse(run.stdout) as { files: { issues: { severity: string; status: string; cell?: string; ruleId: string }[] }[] }).files[0].issues;
      return { cells: issues.map((i) => `${i.severity === 'hard' ? 'hard' : i.status === 'explained' ? 'explained' : 'soft'}@${i.cell ?? '-'}`).sort(), rules: issues.map((i) => i.ruleId) };
    };
    const byBook = cliCheck(book);
    // The book matters: its added 审核公式 finds something the standard spec does not.
    expect(byBook.rules).toContain(BOOK_RULE.id);
    expect(cliCheck().rules).not.toContain(BOOK_RULE.id);

    const page = await context.newPage();
    try {
      await page.goto(location.url);
      await page.waitForSelector('body[data-ready="true"]');
      const standardLine = `未自带指标体系的工作簿按：工会基本情况统计表（union-basic）第 1 版，指纹 ${specFingerprint(standardSpec)}（内置标准模板）`;
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);

      // A faulty book: its faults as `unionstat spec` lists them; the spec stays.
      await page.setInputFiles('#spec-file', faulty);
      await page.waitForSelector('body[data-spec-refused="1"]');
      expect(await page.$$eval('#spec-problems li', (lis) => lis.map((li) => li.textContent))).toEqual(['审核公式!B7：未知指标代码 A99，是否为 A09？']);
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);

      // The workbook on screen is checked again by the book once it is taken.
      await pick(page, old);
      expect((await issuesOn(page)).sort()).toEqual(cliCheck().cells);
      await page.evaluate(() => document.querySelector('.status')?.setAttribute('data-previous', ''));
      await page.setInputFiles('#spec-file', book);
      await page.waitForSelector(`body[data-spec="${specFingerprint(bookSpec)}"]`);
      await page.waitForSelector('.status:not([data-previous])');
      await page.waitForFunction(() => !(document.querySelector('.status')?.textContent ?? '').includes('正在审核'));
      expect((await issuesOn(page)).sort()).toEqual(byBook.cells);
      expect(await page.locator('.spec-source').textContent()).toBe(
        `本工作簿未自带指标体系，按本联合会配置的指标体系审核：工会基本情况统计表（union-basic）第 1 版，指纹 ${specFingerprint(bookSpec)}`,
      );
      await page.screenshot({ path: join(process.env.UPDATE_SCREENSHOTS ? join(root, 'docs/screenshots') : join(root, 'tests/screenshots'), 'check-page-spec.png') });

      // A workbook carrying the standard spec is checked by it, with the note that the federation's (the chosen one) differs.
      const carrying = join(work, '标准模板.xlsx');
      await (await filledFrom(standardSpec, validFill)).xlsx.writeFile(carrying);
      await pick(page, carrying);
      expect(await page.locator('#panel .warning').textContent()).toBe(
        renderText(specSourceText.differs, { title: bookSpec.title.zh, titleEn: bookSpec.title.en, version: bookSpec.version, fingerprint: specFingerprint(bookSpec) }).zh,
      );

      // Next time: the same book, said so, until 恢复为内置指标体系.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#spec-line').textContent()).toBe(
        `未自带指标体系的工作簿按：工会基本情况统计表（union-basic）第 1 版，指纹 ${specFingerprint(bookSpec)}（来自 本会指标体系.xlsx，已保存在本浏览器，下次打开本页面时自动使用）`,
      );
      await pick(page, old);
      expect((await issuesOn(page)).sort()).toEqual(byBook.cells);
      await page.click('#spec-reset');
      await page.waitForSelector(`body[data-spec="${specFingerprint(standardSpec)}"]`);
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#spec-line').textContent()).toBe(standardLine);
    } finally {
      // The profile is shared with the other tests: nothing chosen here may stay for them.
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  }, 300_000);
  it('a template of two tables: the page gives the CLI’s issues, a cross-table one included, each marked on its own sheet', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const [t1, t2] = [templateLayout(twoTableSpec, 0), templateLayout(twoTableSpec, 1)];
    const current = { ...(validFill.current as Record<string, number>) };
    current.C08 = current.A04 + 7; // 表二's C08 over 表一's A04: a hard 表间审核
    current.A02 = current.A01 + 3; // 表一's own hard rule
    const path = join(work, '两表.xlsx');
    await (await filledFrom(twoTableSpec, { ...validFill, current })).xlsx.writeFile(path);
    await pick(page, path);

    // The CLI, checking by the federation's workbook of the same spec.
    const effects = recordingEffects();
    await runCli(['check', '--spec', join(root, 'samples/指标体系-两表.xlsx'), '--json', path], effects);
    const cli = (JSON.parse(effects.stdout.join('\n')) as { files: { issues: Issue[] }[] }).files[0].issues;
    const group = (i: Issue) => (i.severity === 'hard' ? 'hard' : i.status === 'explained' ? 'explained' : 'soft');
    expect(cli.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['A02-le-A01', 'C08-le-A04']));
    expect(await issuesOn(page)).toEqual(cli.map((i) => `${group(i)}@${i.cell}`));
    const c08 = a1(t2.rows.C08, t2.columns.current!);
    const where = page.locator(`button.issue-hard[data-cell="${c08}"] .issue-where`);
    expect(await where.textContent()).toBe(`${t2.sheetName}!${c08} · C08`);
    // 表一 is shown with its own mark; the issue of 表二 switches the view to 表二, marked there.
    expect(await page.locator('.sheet-caption').textContent()).toBe(t1.sheetName);
    expect(await page.locator(`td[data-cell="${a1(t1.rows.A02, t1.columns.current!)}"]`).getAttribute('class')).toContain('mark-hard');
    await page.locator(`button.issue-hard[data-cell="${c08}"]`).click();
    await page.waitForFunction((name) => document.querySelector('.sheet-caption')?.textContent === name, t2.sheetName);
    expect(await page.locator(`td[data-cell="${c08}"]`).getAttribute('class')).toContain('mark-hard');
    await page.close();
  });

  it('a carried spec edited by hand is refused with its own words, nothing checked', async () => {
    const page = await context.newPage();
    await page.goto(location.url);
    const wb = await filledFrom(changedSpec, changedSpecFill());
    const meta = wb.getWorksheet('_meta')!;
    const row = [...Array(meta.rowCount).keys()].map((i) => i + 1).find((r) => meta.getCell(r, 1).value === 'spec.1')!;
    meta.getCell(row, 2).value = `AAAAAAAA${String(meta.getCell(row, 2).value).slice(8)}`;
    const path = join(work, '改动过的模板.xlsx');
    await wb.xlsx.writeFile(path);
    await pick(page, path);
    expect(await page.locator('.status').textContent()).toMatch(/^模板隐藏工作表 _meta 中自带的指标体系(已损坏，无法读出|与其指纹或版本号不符（被改动过）)，不能据以审核。$/);
    expect(await issuesOn(page)).toEqual(['hard@-']);
    expect(await page.locator('.spec-source').isHidden()).toBe(true);
    await page.close();
  });
});
