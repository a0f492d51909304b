import type { MessageEntry } from './message-entry.js';

export const structureMessages: Record<string, MessageEntry> = {};
