/**
 * Runs the formula language and the spec workbook reader in the page, built the
 * add-in's ES5 way (tests/addin/legacy-bundle.test.ts): a formula rule checks a
 * sheet, a syntax error is reported, the standard spec's sheets read back.
 * Results go on <html data-*> for the test to read.
 */
import { parseFormula } from '../../core/formula/parse-formula.js';
import { check } from '../../core/rules/check.js';
import { bookGrids, readSpecBook, specToBook } from '../../core/spec-book/index.js';
import { parseSpec } from '../../core/spec/parse-spec.js';
import { standardSpec, unionBasicV1 } from '../../core/templates/index.js';
import { buildExtracted } from '../support/build-extracted.js';

const root = document.documentElement;
try {
  const parsed = parseSpec({ ...unionBasicV1, rules: [{ id: 'f', kind: 'formula', severity: 'hard', formula: 'A02 × 2 ≤ sum(A01:A02) + 上年(A02) * 10%' }] });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
  const issues = check(parsed.spec, buildExtracted({ spec: parsed.spec, current: { A01: 100, A02: 120 }, prior: { A02: 50 } })).issues;
  root.setAttribute('data-formula', issues.filter((i) => i.ruleId === 'f').map((i) => i.message.zh).join('|'));
  const bad = parseFormula('A02 <= (A01', 'comparison');
  root.setAttribute('data-error', bad.ok ? 'ok' : `${bad.error.code}@${bad.error.position}`);
  const book = readSpecBook(bookGrids(specToBook(standardSpec)));
  root.setAttribute('data-book', book.ok ? `${book.spec.indicators.length}/${book.spec.rules.length}` : 'failed');
} catch (error) {
  root.setAttribute('data-failed', String((error as Error).message));
}
