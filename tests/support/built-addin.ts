import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import webpackConfig from '../../webpack.config.js';

/** Where the one build of a test run lives; tests/support/clear-shared-builds.js empties it when a run starts. */
export const SHARED_ADDIN_BUILD = join(process.cwd(), 'tests/.tmp/shared-addin-build');
const out = join(SHARED_ADDIN_BUILD, 'dist');
const lock = join(SHARED_ADDIN_BUILD, 'building');
const done = join(SHARED_ADDIN_BUILD, 'done');
const failed = join(SHARED_ADDIN_BUILD, 'failed');
/** A build on a loaded two-core machine takes minutes; a waiter gives up well after that. */
const WAIT_MS = 20 * 60_000;

/** The task pane's UI over a fake workbook (tests/e2e/taskpane-harness.ts), with the add-in's stylesheet and the legacy shims. */
const HARNESS_PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>task pane</title><link rel="stylesheet" href="review-panel.css"></head>' +
  '<body><header class="app-header"><h1>工会统计审核 <small>Union statistics check</small></h1></header><main id="app"></main></body></html>';

async function build(): Promise<void> {
  const config = await webpackConfig({ outputPath: out, noSourceMaps: true }, { mode: 'production' });
  config.entry = {
    ...(config.entry as Record<string, unknown>),
    // Built the legacy way with the same shims as the pane, so the IE11 / EdgeHTML runs use it too.
    harness: ['./addin/legacy/dom-shims.ts', './tests/e2e/taskpane-harness.ts'],
    'formula-probe': ['./addin/legacy/dom-shims.ts', './tests/addin/formula-probe.ts'],
  } as webpack.Configuration['entry'];
  config.plugins!.push(
    new HtmlWebpackPlugin({ filename: 'formula-probe.html', chunks: ['formula-probe'], templateContent: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>' }),
    new HtmlWebpackPlugin({ filename: 'harness.html', chunks: ['harness'], templateContent: HARNESS_PAGE }),
  );
  await new Promise<void>((resolve, reject) =>
    webpack(config as webpack.Configuration, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

/**
 * The add-in's production build (webpack.config.js's add-in config: task pane, its 汇总 tab's IE11 build,
 * check.html, 审核.html …, plus the test harness pages), copied into `dest`. The Chromium tests that need
 * it used to build it each on its own, a few minutes apiece: now the first to ask builds it once per test
 * run and the others, in other jest workers, wait for it. Each test gets its own copy to write beside.
 * @example const dist = join(work, 'dist'); await builtAddin(dist); serveStatic(dist)
 */
export async function builtAddin(dest: string): Promise<void> {
  mkdirSync(SHARED_ADDIN_BUILD, { recursive: true });
  let builder = false;
  try {
    mkdirSync(lock);
    builder = true;
  } catch {
    // Another test is building it (or has): wait below.
  }
  if (builder && !existsSync(done)) {
    try {
      rmSync(out, { recursive: true, force: true });
      await build();
      writeFileSync(done, new Date().toISOString());
    } catch (error) {
      writeFileSync(failed, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  const started = Date.now();
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`the shared add-in build failed:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() - started > WAIT_MS) throw new Error('waited too long for the shared add-in build');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  rmSync(dest, { recursive: true, force: true });
  cpSync(out, dest, { recursive: true });
}
