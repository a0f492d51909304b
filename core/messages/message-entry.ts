import type { LocalizedText } from '../spec/template-spec.js';

/** What a user reads for one issue code: what is wrong, and how to fix it. */
export interface MessageEntry {
  message: LocalizedText;
  hint: LocalizedText;
}
