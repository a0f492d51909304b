/**
 * Packs the compiled CLI (tsc's output in dist/node) into a few files in
 * dist/cli with esbuild, so `unionstat` starts from one module graph of ~30
 * files instead of ~250 project and library modules: at a city's 30 files,
 * resolving, reading and compiling those modules was ~0.3 s of a ~1.1 s merge.
 *
 * The reader and workbook threads are entry points of their own, written
 * beside the CLI (read-pool and workbook-thread find them by name next to
 * themselves, as they do in dist/node). The commands' lazy imports stay lazy:
 * each becomes a chunk loaded when its command runs.
 *
 * Usage: node bundle-cli.mjs [--from dist/node] [--out dist/cli]
 */
import { readFile } from 'node:fs/promises';
import { realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

/** The entry points, named as read-pool.ts and workbook-thread.ts look them up. */
const ENTRIES = {
  unionstat: 'pipeline/cli/main.js',
  'read-worker': 'pipeline/read/read-worker.js',
  'xlsx-worker': 'pipeline/write/xlsx-worker.js',
};

/*
 * Node prints "DeprecationWarning: Buffer() is deprecated" when `new Buffer()`
 * is called from a file outside node_modules: once bundled, exceljs's helpers
 * (archiver-utils, unzipper's deps) are such files. Each call becomes the
 * equivalent modern one (a number: zero-filled Buffer.alloc, as `new Buffer(n)`
 * has been since Node 8; anything else: Buffer.from with the same arguments).
 */
const LEGACY_BUFFER = 'new Buffer(';
// Appended, not prepended, so a file's 'use strict' stays its first statement; a declaration is hoisted.
const LEGACY_BUFFER_HELPER =
  '\nfunction __legacyBuffer(value, encodingOrOffset, length) { return typeof value === "number" ? Buffer.alloc(value) : Buffer.from(value, encodingOrOffset, length); }\n';
const modernBuffer = {
  name: 'modern-buffer',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(LEGACY_BUFFER)) return undefined;
      return { contents: source.replaceAll(LEGACY_BUFFER, '__legacyBuffer(') + LEGACY_BUFFER_HELPER, loader: 'js' };
    });
  },
};

/**
 * Bundles the compiled tree at `from` into `out` (emptied first).
 * @example await bundleCli('dist/node', 'dist/cli')
 */
export async function bundleCli(from, out) {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(from, path)])),
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    // Flat: a chunk holding read-pool finds ./read-worker.js beside itself.
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // CommonJS libraries (exceljs, commander) call require() for Node's own modules; an ES module has none.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // Readable stacks for --debug: names and lines stay as tsc wrote them.
    minify: false,
    plugins: [modernBuffer],
    // A native addon (libvips in a per-platform package, chosen at run time): loaded from node_modules, not bundled.
    external: ['sharp'],
    logLevel: 'warning',
  });
  return join(out, 'unionstat.js');
}

// Run as a script (through a symlinked path too: import.meta.url is the real path), not when imported.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  const { values } = parseArgs({ options: { from: { type: 'string', default: 'dist/node' }, out: { type: 'string', default: 'dist/cli' } } });
  await bundleCli(values.from, values.out);
}
