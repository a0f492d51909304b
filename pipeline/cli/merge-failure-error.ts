import type { MergeFailure } from '../../core/merge/build-merge-report.js';
import { messageFor } from '../../core/messages/catalog.js';
import { CliError, EXIT } from './cli-error.js';

/** A merge that gave no report, as the CLI says it: the catalog's message and hint, and its exit code. */
export function mergeFailureError(failure: MergeFailure): CliError {
  const { message, hint } = messageFor(failure.code);
  if (failure.code === 'merge.not-reconciled') {
    const list = failure.problems.map((p) => `  ${p.group} ${p.indicator} ${p.column}: ${p.expected} ≠ ${p.actual}`).join('\n');
    return new CliError(`${message.zh}\n${list}\n${hint.zh}`, `${message.en}\n${list}\n${hint.en}`, EXIT.internal);
  }
  return new CliError(`${message.zh}${hint.zh}`, `${message.en} ${hint.en}`);
}
