import type { MessageEntry } from './message-entry.js';

export const ruleMessages: Record<string, MessageEntry> = {};
