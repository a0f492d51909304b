import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { DecodedSpec } from '../spec/decode-embedded-spec.js';
import { describeSpecDiff, type SpecDiff } from '../spec/diff-specs.js';
import { MAX_EMBEDDED_SPEC_BYTES } from '../spec/embedded-spec-format.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { TemplateMeta } from './extracted.js';
import { META_SHEET_NAME } from './template-sheet-names.js';

/** Why the spec a workbook carries cannot be used (see decodeEmbeddedSpec): hard, and nothing is read by it. */
export function embeddedSpecIssue(refused: Extract<DecodedSpec, { ok: false }>, meta: TemplateMeta): Issue {
  return makeIssue({
    code: `spec-meta.${refused.fault}`,
    severity: 'hard',
    values: {
      metaSheet: META_SHEET_NAME,
      template: meta.templateId,
      version: Number.isFinite(meta.version) ? meta.version : '?',
      ...(refused.size !== undefined ? { size: refused.size, limit: MAX_EMBEDDED_SPEC_BYTES } : {}),
    },
  });
}

/**
 * A file made from another version of the spec it is checked by, with what
 * differs: soft when its table reads right by this spec (it is summed,
 * flagged), hard when it does not (left out, sent back to be refilled).
 */
export function otherVersionIssue(spec: TemplateSpec, found: { spec: TemplateSpec; fingerprint: string }, expected: string, diff: SpecDiff): Issue {
  const changes = describeSpecDiff(diff);
  return makeIssue({
    code: diff.tableCompatible ? 'spec-meta.other-version-compatible' : 'spec-meta.other-version',
    severity: diff.tableCompatible ? 'soft' : 'hard',
    column: 'table',
    values: {
      template: spec.title.zh,
      templateEn: spec.title.en,
      foundVersion: found.spec.version,
      foundFingerprint: found.fingerprint,
      version: spec.version,
      fingerprint: expected,
      changes: changes.zh,
      changesEn: changes.en,
      changeCount: diff.items.length,
    },
  });
}
