import { STRUCTURE_ISSUE_CODES } from '../../../core/grid/index.js';
import { messageCatalog } from '../../../core/messages/catalog.js';

describe('structure messages', () => {
  it('cover exactly the structure codes extraction emits', () => {
    const inCatalog = Object.keys(messageCatalog).filter((c) => c.startsWith('structure.'));
    expect(inCatalog.sort()).toEqual([...STRUCTURE_ISSUE_CODES].sort());
  });
  it.each([...STRUCTURE_ISSUE_CODES])('%s has a message and a hint in Chinese and English', (code) => {
    const entry = messageCatalog[code];
    expect(entry.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.hint.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.message.en).toMatch(/[a-z]/);
    expect(entry.hint.en).toMatch(/[a-z]/);
  });
});
