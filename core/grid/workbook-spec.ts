import type { Issue } from '../issues/issue.js';
import { decodeEmbeddedSpec } from '../spec/decode-embedded-spec.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { WorkbookGrids } from './grid.js';
import { readMeta } from './read-meta.js';
import { embeddedSpecIssue } from './spec-version-issues.js';

/** The spec a workbook is checked by where it is filled in (the add-in, the check page). */
export type WorkbookSpec =
  | { ok: true; spec: TemplateSpec; source: 'embedded'; fingerprint: string }
  | { ok: true; spec: TemplateSpec; source: 'fallback' }
  /** It carries a spec that cannot be trusted: refused, never checked by half of it or by another. */
  | { ok: false; issue: Issue };

/**
 * The spec a workbook was made from, when its `_meta` sheet carries one
 * (decoded and verified); else `fallback` (older templates, workbooks not
 * made from a template).
 * @example const chosen = workbookSpec(grids, standardSpec); if (chosen.ok) reviewWorkbook(chosen.spec, grids, sheet)
 */
export function workbookSpec(workbook: WorkbookGrids, fallback: TemplateSpec): WorkbookSpec {
  const meta = readMeta(workbook);
  if (!meta?.embedded) return { ok: true, spec: fallback, source: 'fallback' };
  const decoded = decodeEmbeddedSpec(meta.embedded, meta);
  if (!decoded.ok) return { ok: false, issue: embeddedSpecIssue(decoded, meta) };
  return { ok: true, spec: decoded.spec, source: 'embedded', fingerprint: decoded.fingerprint };
}
