import { t, uiText } from '../../../addin/i18n/ui-text.js';
import { messageCatalog } from '../../../core/messages/catalog.js';
import { specChoiceMessages, specChoiceText } from '../../../core/messages/spec-choice-messages.js';

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, '')).sort();
/** The Latin a Chinese sentence of the picker may hold: the file and command names a user types or sees as they are. */
const NAMES = /spec\.json|unionstat spec|JSON|\.xlsx/g;

describe('the spec picker’s words', () => {
  it('are in the one catalog (faults) and the pages’ words (labels)', () => {
    for (const [code, entry] of Object.entries(specChoiceMessages)) expect(messageCatalog[code]).toBe(entry);
    for (const [key, entry] of Object.entries(specChoiceText)) expect(uiText[key as keyof typeof uiText]).toBe(entry);
  });

  it('say everything in Chinese and in English, with the same placeholders (English may add its own spelling: {xEn})', () => {
    const texts = [...Object.entries(specChoiceText), ...Object.entries(specChoiceMessages).flatMap(([code, e]) => [[`${code}.message`, e.message], [`${code}.hint`, e.hint]] as const)];
    for (const [key, entry] of texts) {
      expect([key, HAN.test(entry.zh)]).toEqual([key, true]);
      expect([key, placeholders(entry.zh)]).toEqual([key, [...new Set(placeholders(entry.en))].sort()]);
      expect([key, entry.zh.replace(/\{\w+\}/g, '').replace(NAMES, '').match(/[A-Za-z]{2,}/g)]).toEqual([key, null]);
      expect([key, HAN.test(entry.en.replace(/指标体系(\.xlsx)?/g, ''))]).toEqual([key, false]);
    }
  });

  it('fill the line a page shows', () => {
    expect(t('specMergeBy', 'zh', { title: '工会基本情况统计表', id: 'union-basic', version: 2, fingerprint: 'abc' })).toBe('汇总按：工会基本情况统计表（union-basic）第 2 版，指纹 abc');
    expect(t('specFromChosen', 'en', { file: '本会指标体系.xlsx' })).toBe(' (from 本会指标体系.xlsx, kept in this browser for the next time this page is opened)');
  });
});
