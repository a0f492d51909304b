import { cellMessages } from './cell-messages.js';
import type { MessageEntry } from './message-entry.js';
import { ruleMessages } from './rule-messages.js';
import { structureMessages } from './structure-messages.js';
import { fileMessages } from './file-messages.js';
import { mergeMessages } from './merge-messages.js';
import { countyMessages } from './county-messages.js';
import { mergeFailureMessages } from './merge-failure-messages.js';
import { choiceMessages } from './choice-messages.js';
import { readerMessages } from './reader-messages.js';
import { formulaMessages } from './formula-messages.js';
import { specBookMessages } from './spec-book-messages.js';
import { rosterMessages } from './roster-messages.js';
import { rosterInputMessages } from './roster-input-messages.js';
import { reportMessages } from './report-messages.js';
import { specMetaMessages } from './spec-meta-messages.js';
import { specChoiceMessages } from './spec-choice-messages.js';
import { multiTableMessages } from './multi-table-messages.js';

/**
 * The one message map: the task pane, the browser page and the CLI all word an
 * issue from here (or from the spec rule's own message, which overrides it).
 */
export const messageCatalog: Readonly<Record<string, MessageEntry>> = {
  ...cellMessages,
  ...structureMessages,
  ...ruleMessages,
  ...fileMessages,
  ...mergeMessages,
  ...countyMessages,
  ...mergeFailureMessages,
  ...choiceMessages,
  ...readerMessages,
  ...formulaMessages,
  ...specBookMessages,
  ...rosterMessages,
  ...rosterInputMessages,
  ...reportMessages,
  ...specMetaMessages,
  ...specChoiceMessages,
  ...multiTableMessages,
};

export function messageFor(code: string): MessageEntry {
  const entry = messageCatalog[code];
  // Every code the engine emits has an entry; a missing one is a programmer error caught by tests.
  if (!entry) throw new Error(`no message for issue code ${code}`);
  return entry;
}
