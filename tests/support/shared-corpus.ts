import { join } from 'node:path';

/** ../shared/xlsx-corpus beside the checkout (jest runs from the repo root), as on developers' machines and in CI. */
export const XLSX_CORPUS = join(process.cwd(), '..', 'shared', 'xlsx-corpus');
