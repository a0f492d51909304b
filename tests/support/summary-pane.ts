/**
 * The task pane's 汇总 tab driven in Chromium under a stand-in Office: shared by the test of the
 * 汇总 page's build (summary-pane.js) and the test of the IE11 build (summary-pane-legacy.js).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/**
 * What summary-pane.ts touches of office.js: Office.onReady for Excel in Chinese, ExcelApi 1.8
 * supported (Office 2019 has it), and Excel.createWorkbook recording the base64 it is handed.
 * Plain ES5, so it runs where the bundle's own polyfills have not yet run.
 */
export const STAND_IN_OFFICE = `
  window.created = [];
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: function (name, version) { return name === 'ExcelApi' && Number(version) <= 1.8; } } },
    onReady: function (callback) { setTimeout(function () { callback({ host: 'Excel' }); }, 0); }
  };
  window.Excel = {
    createWorkbook: function (base64) {
      window.created.push(base64);
      // Also on the page itself: a test reads it from the DOM, not by evaluating in a page that may lack Symbol.
      document.documentElement.setAttribute('data-created', String(window.created.length));
      document.documentElement.setAttribute('data-workbook', window.created[0]);
      return { then: function (done) { setTimeout(done, 0); } };
    }
  };
`;

/**
 * The task pane as Excel would host it, reduced to what the 汇总 tab's bundle `script` touches.
 * The check pane's own bundle is not loaded: the 汇总 tab mounts beside #app either way.
 */
export function paneHarness(script: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>task pane</title>
<script>${STAND_IN_OFFICE}</script>
<script defer src="${script}"></script></head>
<body><main id="app"><p>审核本表</p></main></body></html>`;
}

/** The sample roster (CSV) as a workbook, the way federations keep it. */
export async function rosterWorkbook(rosterCsv: string, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  for (const line of readFileSync(rosterCsv, 'utf8').trim().split(/\r?\n/)) ws.addRow(line.split(','));
  await wb.xlsx.writeFile(path);
}

/** Runs the built unionstat CLI (tests/hostile/build-cli.ts) with `args`. */
export function runCli(main: string, args: string[]): void {
  const run = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 300_000 });
  // Exit 1: the samples hold files staff must chase (that is what they are for).
  if (run.status !== 0 && run.status !== 1) throw new Error(`unionstat ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
}

/** What to pick in the tab: this year as a folder (webviews that pick folders) or as files, the roster, last year's files. */
export interface PanePicks {
  folder?: string;
  files?: string[];
  roster: string;
  lastYear: string[];
}

/** Picks the inputs and runs the merge; resolves once the tab says it is done. */
export async function mergeInPane(page: Page, picks: PanePicks): Promise<void> {
  if (picks.folder) await page.getByLabel('或选择报表所在文件夹').setInputFiles(picks.folder);
  if (picks.files) await page.getByLabel(/^本年各单位报表/).setInputFiles(picks.files);
  await page.getByLabel(/^名册/).setInputFiles(picks.roster);
  await page.getByLabel(/^上年报表或上年汇总表/).setInputFiles(picks.lastYear);
  await page.getByRole('button', { name: '开始汇总' }).click();
  await page.getByText(/^汇总完成：/).waitFor({ timeout: 240_000 });
}

/** Clicks 写入 Excel and returns the one workbook handed to Excel.createWorkbook, as bytes. */
export async function writtenWorkbook(page: Page): Promise<Uint8Array> {
  await page.getByRole('button', { name: '写入 Excel' }).click();
  await page.getByText('已在新工作簿中打开汇总表。').waitFor();
  const html = page.locator('html');
  const count = await html.getAttribute('data-created');
  if (count !== '1') throw new Error(`Excel.createWorkbook was called ${count ?? 0} times, not once`);
  const base64 = (await html.getAttribute('data-workbook'))!;
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
