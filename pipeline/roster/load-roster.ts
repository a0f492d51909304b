import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from '../cli/cli-error.js';
import { parseRosterFile } from '../../core/roster/parse-roster-file.js';
import type { Roster } from '../../core/roster/roster-schema.js';

/** Reads and validates a roster (CSV or .xlsx); a bad roster stops the run (exit 2) with every problem and its line. */
export async function loadRoster(path: string): Promise<Roster> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`找不到名册文件 ${path}（${(error as NodeJS.ErrnoException).code}）`, `Cannot read the roster ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
  const result = parseRosterFile(bytes, basename(path));
  if (result.ok) return result.roster;
  const lines = (lang: 'zh' | 'en') =>
    result.problems.map((p) => `  ${p.line ? (lang === 'zh' ? `第 ${p.line} 行：` : `line ${p.line}: `) : ''}${p[lang]}`).join('\n');
  throw new CliError(`名册 ${path} 有误：\n${lines('zh')}`, `The roster ${path} is invalid:\n${lines('en')}`);
}
