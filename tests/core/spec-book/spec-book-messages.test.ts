import { messageCatalog } from '../../../core/messages/catalog.js';
import { formulaMessages } from '../../../core/messages/formula-messages.js';
import { specBookMessages } from '../../../core/messages/spec-book-messages.js';

describe('formula and spec workbook messages', () => {
  const entries = Object.entries({ ...formulaMessages, ...specBookMessages });

  it('are in the one catalog, each in Chinese and English, message and hint', () => {
    for (const [code, entry] of entries) {
      expect(messageCatalog[code]).toBe(entry);
      for (const text of [entry.message.zh, entry.message.en, entry.hint.zh, entry.hint.en]) expect(text.trim()).not.toBe('');
      expect(entry.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('use the same placeholders in both languages (English may add its own spelling: {xEn})', () => {
    const names = (t: string) => [...t.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1].replace(/En$/, '')).sort();
    for (const [, entry] of entries) expect([...new Set(names(entry.message.en))]).toEqual([...new Set(names(entry.message.zh))]);
  });
});
