import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the CLI as `npm run build:node` does (tsc with tsconfig.build.json,
 * then bundle-cli.mjs) into a git-ignored folder of its own under tests/.tmp,
 * so a test can run `unionstat` as a real process without touching the dist/
 * other people build into. Not under node_modules: Node treats code there as a
 * library's (it does not warn about its deprecated calls, for one), and the
 * bundle must run as users run it. Returns the path of the bundled
 * unionstat.js. Type errors elsewhere do not stop the emit; a missing main.js
 * does.
 */
export function buildCli(repoRoot: string, name: string): string {
  // One folder per caller: jest runs test files in parallel, and two builds must not write over each other.
  const outDir = join(repoRoot, 'tests', '.tmp', `unionstat-cli-${name}`);
  try {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  } catch {
    // tsc exits 2 on a type error in someone's half-written file, yet still emits: main.js decides below.
  }
  // Say these files are ES modules whatever the folder's package scope.
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const main = join(outDir, 'pipeline', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`the CLI did not build: ${main} is missing`);
  const bundleDir = join(outDir, 'cli');
  execFileSync(process.execPath, [join(repoRoot, 'bundle-cli.mjs'), '--from', outDir, '--out', bundleDir], { cwd: repoRoot, stdio: 'pipe' });
  return join(bundleDir, 'unionstat.js');
}
