import type { Extracted } from '../grid/extracted.js';
import type { Issue } from '../issues/issue.js';
import type { CheckResult } from './check-result.js';

/** The part of an extracted sheet the rules that wait for the collection read: the header, not the table. */
export type ExtractedHeader = Pick<Extracted, 'sheet' | 'header' | 'year' | 'period'>;

/**
 * A check run before the collection under way is known (a merge decides it
 * from all the files, after reading them): every rule has run except those
 * that compare the header with the collection. Small, plain data, so it can be
 * made where the file was read (a reader thread) and the sheet dropped.
 */
export interface PendingCheck {
  /**
   * The issues in the order `check` finds them: extraction's first, then each
   * rule's in spec order; null where a rule waits for the collection.
   */
  found: (Issue[] | null)[];
  values: CheckResult['values'];
  header: ExtractedHeader;
}
