import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * shared/xlsx-corpus beside the checkout (jest runs from the repo root), as on
 * developers' machines and in CI, or beside a folder above it (a git worktree
 * under wt/); the nearest one. Beside the checkout when there is none, so a
 * test that needs it fails naming that path.
 */
function findCorpus(): string {
  const beside = join(process.cwd(), '..', 'shared', 'xlsx-corpus');
  for (let dir = dirname(process.cwd()); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'xlsx-corpus');
    if (existsSync(candidate)) return candidate;
  }
  return beside;
}

export const XLSX_CORPUS = findCorpus();
