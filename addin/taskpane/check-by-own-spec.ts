import { workbookSpec } from '../../core/grid/workbook-spec.js';
import { countIssues } from '../../core/issues/issue.js';
import { renderText } from '../../core/messages/render-text.js';
import { specSourceText } from '../../core/messages/spec-meta-messages.js';
import type { CheckContext } from '../../core/rules/index.js';
import { specFingerprint } from '../../core/spec/spec-fingerprint.js';
import type { LocalizedText, TemplateSpec } from '../../core/spec/template-spec.js';
import { specTables } from '../../core/spec/spec-tables.js';
import type { TemplateRead, WorkbookAccess } from '../access/workbook-access.js';
import { reviewWorkbook, type Review } from '../review/review-workbook.js';
import type { FallbackSpec, SpecOrigin } from './federation-spec.js';

/** One check of the open workbook by the spec it carries, and what the UI says about that spec. */
export interface OwnSpecCheck {
  read: TemplateRead;
  review: Review;
  /** The spec it was checked by; absent when it was not checked. */
  spec?: TemplateSpec;
  source?: 'embedded' | SpecOrigin;
  fingerprint?: string;
  /** Why it was not checked (a carried spec that cannot be trusted, an unusable spec.json). */
  refusal?: LocalizedText;
  /** The carried spec differs from the one the federation configured. */
  differs?: LocalizedText;
}

/**
 * Reads the open workbook and checks it by the spec it carries (the template
 * it was made from), or by `fallback` when it carries none. A carried spec
 * that cannot be trusted refuses the workbook; so does an invalid spec.json
 * for a workbook that would need it. The table sheet is read again only when
 * the carried spec names another sheet than the one first read.
 * @example const { review, spec } = await checkByOwnSpec(access, builtInSpec(), context);
 */
export async function checkByOwnSpec(access: WorkbookAccess, fallback: FallbackSpec, context?: CheckContext): Promise<OwnSpecCheck> {
  let read = await access.readTemplate();
  const chosen = workbookSpec(read.grids, fallback.spec);
  const refused = (refusal: LocalizedText, issues: Review['issues']): OwnSpecCheck => ({
    read,
    review: { found: false, sheet: read.sheet, issues, counts: countIssues(issues), marks: [], fills: [] },
    refusal,
  });
  if (!chosen.ok) return refused(chosen.issue.message, [chosen.issue]);
  if (chosen.source === 'fallback' && fallback.problem) return refused(fallback.problem, []);
  const spec = chosen.spec;
  // The other tables of a template of several are read only once the spec says there are some.
  const [first, ...others] = specTables(spec).map((t) => t.sheetName);
  if (others.length > 0) read = await access.readTemplate(read.grids.sheetNames.includes(first) ? first : read.sheet, others);
  else if (first !== read.sheet && read.grids.sheetNames.includes(first)) read = await access.readTemplate(first);
  const review = reviewWorkbook(spec, read.grids, read.sheet, context);
  if (chosen.source === 'fallback') return { read, review, spec, source: fallback.origin, fingerprint: specFingerprint(spec) };
  const configured = specFingerprint(fallback.spec);
  const differs =
    fallback.origin !== 'standard' && chosen.fingerprint !== configured
      ? renderText(specSourceText.differs, { title: fallback.spec.title.zh, titleEn: fallback.spec.title.en, version: fallback.spec.version, fingerprint: configured })
      : undefined;
  return { read, review, spec, source: 'embedded', fingerprint: chosen.fingerprint, ...(differs ? { differs } : {}) };
}
