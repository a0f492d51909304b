import { join } from 'node:path';

/**
 * ../shared/xlsx-corpus beside the checkout (jest runs from the repo root), as on developers' machines and in CI;
 * UNIONSTAT_XLSX_CORPUS names it for a checkout elsewhere (a git worktree).
 */
export const XLSX_CORPUS = process.env.UNIONSTAT_XLSX_CORPUS ?? join(process.cwd(), '..', 'shared', 'xlsx-corpus');
