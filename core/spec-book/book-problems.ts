import type { Issue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';

/**
 * The faults found in a spec workbook, each at its sheet and cell, worded from
 * the catalog (core/messages/spec-book-messages.ts and formula-messages.ts).
 */
export class BookProblems {
  readonly list: Issue[] = [];

  add(code: string, sheet: string, cell: string | undefined, values: Record<string, string | number> = {}): void {
    this.list.push(makeIssue({ code, severity: 'hard', sheet, cell, values }));
  }

  get count(): number {
    return this.list.length;
  }
}
