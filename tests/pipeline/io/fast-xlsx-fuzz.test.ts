import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFast } from '../../../core/xlsx/index.js';
import { messageCatalog } from '../../../core/messages/catalog.js';
import { prng } from '../../../samples/sample-data.js';
import { XLSX_CORPUS } from '../../support/shared-corpus.js';

const CORPUS = XLSX_CORPUS;
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')).sort();

/** Reads every sheet; returns the issue code or 'ok'. Any throw fails the test with the case named. */
function outcome(bytes: Uint8Array, label: string): string {
  try {
    const result = readWorkbookFast(bytes, label, undefined, { preload: 'all' });
    if (!result.ok) {
      // A JavaScript error caught by the safety net would show here as the reason: that is a bug, not a file problem.
      const reason = String(result.issue.values.reason ?? '');
      if (/undefined|null|is not|out of (range|bounds)|outside the bounds|Invalid|Maximum call stack/.test(reason)) {
        throw new Error(`${label}: internal error surfaced as ${result.issue.code}: ${reason}`);
      }
      const text = `${result.issue.message.zh} ${result.issue.message.en}`;
      if (/\{[A-Za-z0-9_.]+\}/.test(text)) throw new Error(`${label}: unfilled placeholder in ${result.issue.code}: ${text}`);
      return result.issue.code;
    }
    for (const name of result.workbook.sheetNames) {
      const grid = result.workbook.sheet(name);
      if (grid) grid.cell(1, 1);
    }
    return 'ok';
  } catch (error) {
    throw new Error(`${label}: threw ${(error as Error)?.stack ?? error}`);
  }
}

describe('the fast reader never throws on damaged files', () => {
  test.each(files)('%s with flipped bytes and cut tails', (file) => {
    const original = new Uint8Array(readFileSync(join(CORPUS, file)));
    const next = prng(file.length * 7919);
    const codes = new Set<string>();
    for (let round = 0; round < 40; round++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(next() * 8);
      for (let k = 0; k < flips; k++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      codes.add(outcome(bytes, `${file} round ${round}`));
      codes.add(outcome(original.subarray(0, Math.floor(next() * original.length)), `${file} cut ${round}`));
    }
    for (const code of codes) {
      // Every refusal is a known file-level code with a message in the catalog.
      if (code !== 'ok') expect({ code, known: code.startsWith('file.') && code in messageCatalog }).toEqual({ code, known: true });
    }
  });
});
