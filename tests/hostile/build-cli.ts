import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Compiles the CLI (tsconfig.build.json) into a folder of its own under
 * node_modules/.cache, so a test can run `unionstat` as a real process without
 * touching the dist/ other people build into. Returns the path of main.js.
 * Type errors elsewhere do not stop the emit; a missing main.js does.
 */
export function buildCli(repoRoot: string, name: string): string {
  // One folder per caller: jest runs test files in parallel, and two builds must not write over each other.
  const outDir = join(repoRoot, 'node_modules', '.cache', `unionstat-hostile-${name}`);
  try {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  } catch {
    // tsc exits 2 on a type error in someone's half-written file, yet still emits: main.js decides below.
  }
  // Under node_modules the package scope of the repo does not apply: say these files are ES modules.
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const main = join(outDir, 'pipeline', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`the CLI did not build: ${main} is missing`);
  return main;
}
