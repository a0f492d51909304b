import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-256 of every file under `dir`, keyed by path relative to it: what "inputs untouched" compares. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A stack frame as Node prints it (`at fn (file.ts:12:3)`): never part of what a user reads. */
export const STACK_FRAME = /at .*\.(ts|js):\d+/;
/** A message placeholder left unfilled (`{limit}`). */
export const UNFILLED_PLACEHOLDER = /\{[A-Za-z]+\}/;
