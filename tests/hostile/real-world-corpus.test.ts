import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '../../core/issues/issue.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { hashTree, STACK_FRAME, UNFILLED_PLACEHOLDER } from './hash-tree.js';
import { XLSX_CORPUS } from '../support/shared-corpus.js';

/**
 * Real-world workbooks that are not templates (the xlsx corpus beside the
 * repo): each must get a clear verdict from `unionstat check` — not the
 * template and why, or unreadable and why — and never an unexpected error.
 */
const CORPUS = XLSX_CORPUS;
const present = existsSync(CORPUS);
if (!present && process.env.CI) throw new Error(`the real-world xlsx corpus is missing at ${CORPUS} (required under CI)`);
const describeCorpus = present ? describe : describe.skip;
if (!present) console.warn(`Skipped: no real-world xlsx corpus at ${CORPUS}`);

interface CheckedFileJson {
  file: string;
  outcome: 'checked' | 'unreadable' | 'not-template';
  issues: Issue[];
}

describeCorpus('unionstat check over the real-world xlsx corpus', () => {
  const files = present ? readdirSync(CORPUS).filter((n) => n.endsWith('.xlsx')).sort() : [];
  let json: { files: CheckedFileJson[] };
  let code: number;
  let printed: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    before = hashTree(CORPUS);
    const effects = recordingEffects();
    code = await runCli(['check', CORPUS, '--json'], effects);
    json = JSON.parse(effects.stdout.join('\n'));
    const text = recordingEffects();
    await runCli(['check', CORPUS, '--report', join(mkdtempSync(join(tmpdir(), 'unionstat-rw-')), '审核结果.xlsx')], text);
    printed = [...effects.stderr, ...text.stdout, ...text.stderr].join('\n');
  }, 180_000);

  it('reads all 33 workbooks', () => {
    expect(files.length).toBe(33);
    expect(json.files.map((f) => f.file).sort()).toEqual(files);
  });

  it('gives each a clear verdict: not the template (which heads are missing) or unreadable (why)', () => {
    const verdicts = json.files.map((f) => {
      const first = f.issues[0];
      return {
        file: f.file,
        outcome: f.outcome,
        code: first?.code,
        clear:
          first !== undefined &&
          first.severity === 'hard' &&
          (f.outcome === 'not-template'
            ? first.code.startsWith('structure.') && /不是本模板|模板/.test(first.message.zh)
            : f.outcome === 'unreadable' && first.code.startsWith('file.') && first.message.zh.includes(f.file)) &&
          !UNFILLED_PLACEHOLDER.test(first.message.zh + first.hint.zh),
      };
    });
    expect(verdicts.filter((v) => !v.clear || (v.outcome !== 'not-template' && v.outcome !== 'unreadable'))).toEqual([]);
  });

  it('exits 1 (not 70: no unexpected error) and prints no stack trace', () => {
    expect(code).toBe(1);
    expect(printed).not.toMatch(STACK_FRAME);
    expect(printed).not.toMatch(/意外错误|Unexpected error/);
  });

  it('leaves the corpus byte-identical', () => {
    expect(hashTree(CORPUS)).toEqual(before);
  });
});
