import { summaryText } from '../../../addin/i18n/summary-text.js';
import { t, uiText } from '../../../addin/i18n/ui-text.js';

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the 汇总 page’s words', () => {
  it('are part of the UI catalog, every key in Chinese and in English with the same placeholders', () => {
    for (const [key, entry] of Object.entries(summaryText)) {
      expect(uiText[key as keyof typeof uiText]).toBe(entry);
      // The language button names the language it switches to, in that language.
      if (key === 'languageSwitch') continue;
      expect([key, HAN.test(entry.zh)]).toEqual([key, true]);
      expect([key, placeholders(entry.zh)]).toEqual([key, placeholders(entry.en)]);
    }
  });

  it('say nothing in Chinese in the English text but the names of files and sheets staff see as they are', () => {
    const allowed = /汇总表\.xlsx|中文/g;
    for (const [key, entry] of Object.entries(summaryText)) expect([key, HAN.test(entry.en.replace(allowed, ''))]).toEqual([key, false]);
  });

  it('offer the other language on the language button', () => {
    expect(summaryText.languageSwitch).toEqual({ zh: 'English', en: '中文' });
  });

  it('fill their placeholders', () => {
    expect(t('progressRead', 'zh', { done: 12, total: 3000 })).toBe('读取并审核：12 / 3000');
    expect(t('zipName', 'zh', { year: 2025 })).toBe('汇总结果-2025.zip');
    expect(t('statusCount', 'en', { total: 12, action: 3 })).toBe('12 units, 3 to chase or send back');
  });
});
