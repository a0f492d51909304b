import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * How every test and the bench start Debian's Chromium (never a downloaded browser): headless,
 * and with nothing of its own going to the network (updates, sync, QUIC probes), so a request
 * seen is one the page made.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A Chromium profile in `profile` (its storage kept between pages), as a user in zh-CN sees pages. */
export function launchZhProfile(executablePath: string, profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 800 }, locale: 'zh-CN' });
}
