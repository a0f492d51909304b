/**
 * The browser leg of the bench, run as its own process: the built 汇总.html
 * opened from disk (file://) in headless Chromium, the folder and the roster
 * given through its pickers, and the merge timed from the click on 开始汇总 to
 * the results on the page with every output built (what staff wait for), on
 * the page's own Web Workers (navigator.hardwareConcurrency of them).
 *
 * Usage: node browser-merge.js <汇总.html> <submissions folder> <roster> [chromium]
 * Prints one JSON line: { files, ms, maxRssKiB, statuses, workers }. maxRssKiB is
 * the peak resident set (VmHWM) of the page's renderer process, which holds the
 * page and its workers; the browser's other processes are not the page's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './headless-chromium.js';


/** Process ids under `root` (its children, theirs…), from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) {
      if (ppid === pid) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Peak RSS (VmHWM, KiB) of Chromium's renderer processes under `root`; the largest is the page's. */
function rendererPeakKiB(root: number): number {
  let peak = 0;
  for (const pid of descendants(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return peak;
}

async function main(): Promise<void> {
  const [page, submissions, roster, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
  if (!page || !submissions || !roster) throw new Error('usage: browser-merge <汇总.html> <submissions> <roster> [chromium]');
  const browser = await launchChromium(executablePath);
  try {
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: false });
    const outside: string[] = [];
    context.on('request', (request) => {
      if (!/^(file|blob|data):/.test(request.url())) outside.push(request.url());
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector('body[data-ready="true"]');
    await tab.setInputFiles('#submissions-folder', submissions);
    await tab.setInputFiles('#roster', roster);
    const files = await tab.evaluate(() => document.getElementById('chosen-submissions')?.textContent ?? '');
    const started = performance.now();
    await tab.click('#start');
    await tab.waitForFunction(() => document.body.dataset.merged === 'true' || !document.getElementById('problem')?.hidden, undefined, { timeout: 1_800_000, polling: 50 });
    const ms = performance.now() - started;
    const problem = await tab.evaluate(() => (document.getElementById('problem')?.hidden ? '' : (document.getElementById('problem')?.textContent ?? '')));
    if (problem) throw new Error(`the page did not merge: ${problem}`);
    if (outside.length > 0) throw new Error(`the page made requests: ${outside.join(', ')}`);
    const statuses = await tab.locator('#status-table tbody tr').count();
    const workers = await tab.evaluate(() => navigator.hardwareConcurrency);
    // Chromium runs as a child of this process: its renderers are among this process's descendants.
    const maxRssKiB = rendererPeakKiB(process.pid);
    process.stdout.write(`${JSON.stringify({ files, ms: Math.round(ms), maxRssKiB, statuses, workers })}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
