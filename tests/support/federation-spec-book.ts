import ExcelJS from 'exceljs';
import { parseSpec } from '../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { standardSpec } from '../../core/templates/index.js';
import { bookGrids, readSpecBook, specToBook } from '../../core/spec-book/index.js';
import { buildSpecWorkbook } from '../../report/spec-book/build-spec-workbook.js';

/** The year-on-year threshold of the federation's book (the standard's is 30 %). */
export const BOOK_THRESHOLD = 10;

/** The 审核公式 the federation added: members at most 80 % of workers (soft). The samples break it. */
export const BOOK_RULE = { id: 'members-vs-workers', formula: 'A05 <= A04 * 0.8' } as const;

/**
 * A federation's own edit of the standard 指标体系.xlsx, as a statistician makes it in Excel: the
 * year-on-year threshold tightened and one 审核公式 added, the indicators and the version left as
 * they are (so last year's templates, which carry no spec, still read by it).
 */
export const bookSpec: TemplateSpec = (() => {
  const edited = parseSpec({
    ...standardSpec,
    rules: [
      ...standardSpec.rules.map((r) => (r.kind === 'historical' ? { ...r, maxChangePercent: BOOK_THRESHOLD } : r)),
      { id: BOOK_RULE.id, kind: 'formula', severity: 'soft', formula: BOOK_RULE.formula, tolerance: 0 },
    ],
  });
  if (!edited.success) throw new Error(edited.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  // As the book carries it (its rules grouped by sheet): the spec, and fingerprint, every reader of the book gets.
  const read = readSpecBook(bookGrids(specToBook(edited.spec)));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join('; '));
  return read.spec;
})();

/** bookSpec written by the project's spec → book writer to `path`; with `fault`, one 审核公式 mistyped (审核公式!B7 names A99). */
export async function writeSpecBook(path: string, fault = false): Promise<void> {
  const wb = buildSpecWorkbook(bookSpec);
  // Through its bytes, as the federation's file is.
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (fault) saved.getWorksheet('审核公式')!.getCell('B7').value = 'A99 <= A01';
  await saved.xlsx.writeFile(path);
}
