import { extractTemplate } from '../../core/grid/extract-template.js';
import type { Issue } from '../../core/issues/issue.js';
import { messageCatalog } from '../../core/messages/catalog.js';
import { check } from '../../core/rules/check.js';
import { standardSpec } from '../../core/templates/index.js';
import { isFastWorkbook } from '../../core/xlsx/fast-workbook.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { FUZZ_FAMILIES, FUZZ_PER_FAMILY, FUZZ_SEED, makeFuzzWorkbooks, type FuzzCase } from '../fixtures/hostile/make-fuzz-workbooks.js';
import { templateParts } from '../fixtures/hostile/make-memory-cases.js';
import { englishIn } from '../support/english-in-chinese.js';

/**
 * Issue 15's fuzzing, kept as a test: 540 mutated workbooks (90 in each family:
 * zip structure, XML, shared strings, styles, relationships, cell content),
 * made from a filled template at test time with a fixed seed, run in-process
 * through what `check` runs (read, extract, screen every sheet, check). None
 * may throw; every refusal is a catalog code other than the reader's own
 * fault, and its Chinese message holds no English. The memory of the same
 * files in a real process is held to the bound in memory-bound.test.ts.
 */

interface Outcome {
  label: string;
  family: string;
  /** `ok`, or the code of the issue that refused the file or ended the extraction. */
  code: string;
  issue?: Issue;
}

function run(c: FuzzCase): Outcome {
  const base = { label: c.label, family: c.family };
  try {
    const read = readWorkbookFast(c.bytes, `fuzz-${c.family}.xlsx`);
    if (!read.ok) return { ...base, code: read.issue.code, issue: read.issue };
    const extraction = extractTemplate(standardSpec, read.workbook);
    const refused = isFastWorkbook(read.workbook) ? read.workbook.screenSheets() : undefined;
    if (refused) return { ...base, code: refused.code, issue: refused };
    if (!extraction.ok) return { ...base, code: extraction.issues[extraction.issues.length - 1].code, issue: extraction.issues[extraction.issues.length - 1] };
    check(standardSpec, extraction.extracted, {});
    return { ...base, code: 'ok' };
  } catch (error) {
    return { ...base, code: `THREW ${(error as Error)?.stack ?? error}` };
  }
}

let outcomes: Outcome[];

beforeAll(async () => {
  const { parts, sheetPart } = await templateParts();
  outcomes = makeFuzzWorkbooks(parts, sheetPart, FUZZ_PER_FAMILY, FUZZ_SEED).map(run);
}, 120_000);

describe(`the reader over ${FUZZ_PER_FAMILY * FUZZ_FAMILIES.length} mutated workbooks (seed ${FUZZ_SEED})`, () => {
  it('never throws, and never fails with the reader-fault code', () => {
    expect(outcomes.filter((o) => o.code.startsWith('THREW') || o.code === 'file.reader-fault').map((o) => `${o.label}: ${o.code}`)).toEqual([]);
  });

  it('gives every refusal a code of the catalog', () => {
    expect(outcomes.filter((o) => o.code !== 'ok' && !(o.code in messageCatalog)).map((o) => `${o.label}: ${o.code}`)).toEqual([]);
  });

  it('says every refusal in Chinese without English, every placeholder filled', () => {
    const leaks = outcomes
      .filter((o) => o.issue)
      .flatMap((o) => {
        const issue = o.issue as Issue;
        const words = englishIn(issue);
        const unfilled = `${issue.message.zh}${issue.hint.zh}${issue.message.en}`.match(/\{[A-Za-z0-9_.]+\}/g) ?? [];
        return words.length || unfilled.length ? [`${o.label}: ${issue.code} ${JSON.stringify([...words, ...unfilled])} in “${issue.message.zh}”`] : [];
      });
    expect(leaks).toEqual([]);
  });

  it('exercises every family: each has its cases, refusals among them, and the reader codes are varied', () => {
    const byFamily = Object.fromEntries(FUZZ_FAMILIES.map((f) => [f, outcomes.filter((o) => o.family === f)]));
    for (const family of FUZZ_FAMILIES) {
      expect({ family, cases: byFamily[family].length, refused: byFamily[family].some((o) => o.code !== 'ok') }).toEqual({ family, cases: FUZZ_PER_FAMILY, refused: true });
    }
    const readerCodes = new Set(outcomes.map((o) => o.code).filter((c) => c.startsWith('file.')));
    expect(readerCodes.size).toBeGreaterThanOrEqual(12);
  });
});
