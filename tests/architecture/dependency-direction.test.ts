import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/*
 * The layout's one rule (README, Development): pipeline → report → core and
 * addin → report → core; core imports nothing above it, report nothing of a
 * shell, and neither touches Node (they run unchanged in the browser); the
 * two shells never import each other; and below the CLI (pipeline/cli) no
 * part of the Node shell imports it.
 */

const ROOT = process.cwd();
const FOLDERS = ['core', 'report', 'pipeline', 'addin'] as const;
type Folder = (typeof FOLDERS)[number];

/** What each top-level folder may import from the others. */
const ALLOWED: Record<Folder, readonly Folder[]> = {
  core: ['core'],
  report: ['core', 'report'],
  pipeline: ['core', 'report', 'pipeline'],
  addin: ['core', 'report', 'addin'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s+['"]([^'"]+)['"]/gm];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]);
  return found;
}

function folderOf(path: string): string {
  return relative(ROOT, path).split(/[\\/]/)[0];
}

const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)).map((path) => ({ folder, path, imports: importsOf(readFileSync(path, 'utf8')) })));

describe('dependency direction', () => {
  test('the scan sees every layer and their imports', () => {
    for (const folder of FOLDERS) expect(files.filter((f) => f.folder === folder).length).toBeGreaterThan(5);
    expect(importsOf("import a from './a.js';\nexport { b } from '../b.js';\nconst c = await import('node:fs');\nimport './d.js';")).toEqual(['./a.js', '../b.js', 'node:fs', './d.js']);
  });

  test.each(FOLDERS)('%s imports only from the layers below it', (folder) => {
    const wrong = files
      .filter((f) => f.folder === folder)
      .flatMap((f) =>
        f.imports
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => ({ file: relative(ROOT, f.path), spec, to: folderOf(resolve(dirname(f.path), spec)) }))
          .filter((i) => !(ALLOWED[folder] as readonly string[]).includes(i.to)),
      );
    expect(wrong).toEqual([]);
  });

  test.each(['core', 'report'] as const)('%s uses no Node module (it runs in the browser as it is)', (folder) => {
    const wrong = files.filter((f) => f.folder === folder).flatMap((f) => f.imports.filter((spec) => NODE_BUILTINS.has(spec)).map((spec) => `${relative(ROOT, f.path)}: ${spec}`));
    expect(wrong).toEqual([]);
  });

  test('nothing in the Node shell below pipeline/cli imports it', () => {
    const wrong = files
      .filter((f) => f.folder === 'pipeline' && /^pipeline[\\/](read|write)[\\/]/.test(relative(ROOT, f.path)))
      .flatMap((f) => f.imports.filter((spec) => spec.startsWith('.') && /^pipeline[\\/]cli[\\/]/.test(relative(ROOT, resolve(dirname(f.path), spec)))).map((spec) => `${relative(ROOT, f.path)}: ${spec}`));
    expect(wrong).toEqual([]);
  });
});
