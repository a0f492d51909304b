import { faultText } from '../../addin/i18n/fault-text.js';

describe('faultText: what the page and the pane say of an error', () => {
  it('an error with its own words in both languages is said in them', () => {
    const error = Object.assign(new Error('internal'), { zh: '名册有误。', en: 'The roster is wrong.' });
    expect(faultText(error, 'zh')).toBe('名册有误。');
    expect(faultText(error, 'en')).toBe('The roster is wrong.');
  });

  it('any other error is a sentence in the user’s language, its technical text only at the end for support', () => {
    const zh = faultText(new Error('Failed to execute importScripts'), 'zh');
    expect(zh).toMatch(/^页面运行出错。请刷新页面后重试；.*技术支持：Failed to execute importScripts$/);
    expect(faultText('out of memory', 'en')).toMatch(/^The page ran into a fault\. .*: out of memory$/);
    expect(faultText(new TypeError('x is undefined'), 'zh', 'pane')).toMatch(/^任务窗格运行出错。请关闭任务窗格后重新打开再试；.*：x is undefined$/);
  });
});
