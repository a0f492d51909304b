import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled worker module `name` beside the module at `base` (its
 * `import.meta.url`); undefined when it is not there (running from TypeScript
 * sources, e.g. under ts-jest), so callers do the work in their own thread.
 * @example compiledWorkerUrl('./read-worker.js', import.meta.url)
 */
export function compiledWorkerUrl(name: string, base: string): URL | undefined {
  const url = new URL(name, base);
  if (url.protocol !== 'file:') return undefined;
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
