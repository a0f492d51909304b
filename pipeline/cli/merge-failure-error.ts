import type { MergeFailure } from '../../core/merge/build-merge-report.js';
import { messageFor } from '../../core/messages/catalog.js';
import { otherVersionSentence } from '../../core/messages/merge-failure-messages.js';
import { CliError, EXIT } from './cli-error.js';

/** A merge that gave no report, as the CLI says it: the catalog's message and hint, and its exit code. */
export function mergeFailureError(failure: MergeFailure): CliError {
  const { message, hint } = messageFor(failure.code);
  if (failure.code === 'merge.not-reconciled') {
    const list = failure.problems.map((p) => `  ${p.group} ${p.indicator} ${p.column}: ${p.expected} ≠ ${p.actual}`).join('\n');
    return new CliError(`${message.zh}\n${list}\n${hint.zh}`, `${message.en}\n${list}\n${hint.en}`, EXIT.internal);
  }
  // Files of another version of the template, left unread, are often why no year was found: said before the hint.
  const other = otherVersionSentence(failure.otherVersion);
  return new CliError(`${message.zh}${other.zh}${hint.zh}`, `${message.en}${other.en ? ` ${other.en}` : ''} ${hint.en}`);
}
