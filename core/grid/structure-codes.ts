/** Stable codes of what extraction says about a workbook's structure. Messages live in core/messages. */
export const STRUCTURE_ISSUE_CODES = [
  'structure.table-not-found',
  'structure.wrong-template',
  'structure.spec-changed',
  'structure.sheet-renamed',
  'structure.year-heads',
  'structure.missing-column',
  'structure.missing-row',
  'structure.duplicate-row',
  'structure.unknown-row',
  'structure.merged-value-cell',
  'structure.header-unreadable',
] as const;
export type StructureIssueCode = (typeof STRUCTURE_ISSUE_CODES)[number];
