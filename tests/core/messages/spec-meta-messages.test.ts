import { messageCatalog } from '../../../core/messages/catalog.js';
import { specDiffText, specFieldNames, specMetaMessages, specSourceText } from '../../../core/messages/spec-meta-messages.js';

const names = (t: string) => [...new Set([...t.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1].replace(/En$/, '')))].sort();

describe('messages of the spec a template carries', () => {
  it('are in the one catalog, in Chinese and English, with the same placeholders in both', () => {
    for (const [code, entry] of Object.entries(specMetaMessages)) {
      expect(messageCatalog[code]).toBe(entry);
      for (const text of [entry.message, entry.hint]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en.trim()).not.toBe('');
        expect(names(text.en)).toEqual(names(text.zh));
      }
    }
  });

  it('word every difference, field and source line in both languages', () => {
    for (const text of [...Object.values(specDiffText), ...Object.values(specFieldNames), ...Object.values(specSourceText)]) {
      expect(text.zh.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(names(text.en)).toEqual(names(text.zh));
    }
  });
});
