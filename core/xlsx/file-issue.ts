import { makeIssue } from '../issues/make-issue.js';
import type { Issue } from '../issues/issue.js';

/** A whole-file refusal (`file.*` code): always hard, with the file name among its values. */
export function fileIssue(code: string, file: string, values: Record<string, string | number> = {}): Issue {
  // makeIssue fills `{sheet}` from the issue's own sheet field, so a sheet named in the values goes there too.
  const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
  const cell = typeof values.cell === 'string' ? values.cell : undefined;
  return makeIssue({ code, severity: 'hard', sheet, cell, values: { file, ...values } });
}

/** The text, or a refusal (`file.string-too-long`) when it is longer than the limit: Excel's own is 32,767 characters. */
export function withinStringLimit(text: string, limit: number, file: string, part: string): string {
  if (text.length > limit) throw new ReadRefusal(fileIssue('file.string-too-long', file, { part, length: text.length, limit }));
  return text;
}

/**
 * Thrown inside the reader's parsers to abandon a part as soon as it is known
 * to be unreadable (a SAX callback cannot return a value). It never leaves the
 * reader: the entry points catch it and return `{ ok: false, issue }`.
 */
export class ReadRefusal extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message.en);
    this.name = 'ReadRefusal';
  }
}
