import type { MessageEntry } from './message-entry.js';

export const cellMessages: Record<string, MessageEntry> = {};
