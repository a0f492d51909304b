import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import webpackConfig from '../../webpack.config.js';
import { serveStatic } from './static-server.js';

/** An opened location of the check page under test, and how to let it go. */
export interface CheckPageLocation {
  url: string;
  /** Requests to anything but these prefixes leave the page (none may). */
  ownPrefixes: string[];
  close(): Promise<void>;
}

/**
 * THE place the check page's Chromium tests find the page. Today: the webpack
 * build's check.html (with check.js, exceljs.min.js and review-panel.css beside
 * it), served over HTTP as an intranet host serves dist/addin. When the
 * one-file 审核.html lands, point this at it instead: build it, copy it alone
 * into an empty folder, and return its file:// URL (ownPrefixes: that URL).
 */
export async function openCheckPageLocation(work: string): Promise<CheckPageLocation> {
  const out = join(work, 'dist');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const config = await webpackConfig({ outputPath: out, noSourceMaps: true }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
  const server = await serveStatic(out);
  return { url: `${server.url}check.html`, ownPrefixes: [server.url], close: () => server.close() };
}
