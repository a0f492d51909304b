import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtAddin } from '../support/built-addin.js';

/** An opened location of the check page under test, and how to let it go. */
export interface CheckPageLocation {
  url: string;
  /** Requests to anything but these prefixes leave the page (none may). */
  ownPrefixes: string[];
  close(): Promise<void>;
}

/**
 * THE place the check page's Chromium tests find the page: the one-file 审核.html
 * the webpack build writes, copied alone into an empty folder and opened as
 * file://, as a county opens it from an e-mail or WeChat attachment. Nothing
 * else is beside it, so a script, style or worker it failed to inline would
 * show as a missing request or a broken page; the page's own blob: and data:
 * URLs are all it may ask for.
 */
export async function openCheckPageLocation(work: string): Promise<CheckPageLocation> {
  const out = join(work, 'dist');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await builtAddin(out);
  const alone = join(work, 'alone');
  rmSync(alone, { recursive: true, force: true });
  mkdirSync(alone, { recursive: true });
  copyFileSync(join(out, '审核.html'), join(alone, '审核.html'));
  const url = pathToFileURL(join(alone, '审核.html')).href;
  return { url, ownPrefixes: [url, 'blob:', 'data:'], close: async () => undefined };
}
