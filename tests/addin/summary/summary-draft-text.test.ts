import { summaryDraftText } from '../../../addin/i18n/summary-draft-text.js';
import { t, uiText } from '../../../addin/i18n/ui-text.js';

const HAN = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/g;
/** Product and format names a user sees as they are. */
const PRODUCT_NAMES = new Set(['Word', 'Excel', 'WPS', 'docx', 'xlsx', 'zip']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the 汇总 page’s words for drafts and unit templates', () => {
  it('are part of the UI catalog, every key in Chinese and in English with the same placeholders', () => {
    for (const [key, entry] of Object.entries(summaryDraftText)) {
      expect(uiText[key as keyof typeof uiText]).toBe(entry);
      expect([key, HAN.test(entry.zh)]).toEqual([key, true]);
      expect([key, placeholders(entry.zh)]).toEqual([key, placeholders(entry.en)]);
    }
  });

  it('hold no English in the Chinese but file names, and no Chinese in the English but names staff see as they are', () => {
    for (const [key, entry] of Object.entries(summaryDraftText)) {
      const latin = (entry.zh.replace(/\{\w+\}|[.\w-]+\.(docx|xlsx|zip)/g, '').match(LATIN_WORD) ?? []).filter((w) => !PRODUCT_NAMES.has(w));
      expect([key, latin]).toEqual([key, []]);
      // The sample's own name, the sheet and column names of the workbooks.
      expect([key, HAN.test(entry.en.replace(/报告草稿\.docx|汇总表\.xlsx|分单位|上年/g, ''))]).toEqual([key, false]);
    }
  });

  it('fill their placeholders', () => {
    expect(t('templatesZipName', 'zh', { year: 2026, period: '年报' })).toBe('各单位模板-2026年报.zip');
    expect(t('draftDone', 'zh', { name: '报告草稿.docx', file: '报告.docx' })).toBe('已用草稿 报告草稿.docx 生成并下载 报告.docx。');
  });
});
