import { cliMessages, cliText } from '../../../core/messages/cli-messages.js';

/** Names a Chinese text may spell in Latin letters: file kinds, programs, option values a user types. */
const ALLOWED = ['xlsx', 'CSV', 'Excel', 'WPS', 'JSON', 'unionstat', 'fast', 'exceljs', 'zh', 'en'];

/** The Latin-letter words of a Chinese text, after its placeholders, option names and allowed names. */
function latinWords(text: string): string[] {
  const rest = text.replace(/\{[A-Za-z0-9_.]+\}/g, ' ').replace(/--[a-z][a-z-]*/g, ' ');
  return (rest.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED.includes(w));
}

describe('the command line’s own texts', () => {
  test.each(Object.entries(cliMessages))('%s: Chinese without English words, and an English text', (_code, text) => {
    expect(latinWords(text.zh)).toEqual([]);
    expect(text.en.trim().length).toBeGreaterThan(0);
  });

  test('the check holds: an English word in a Chinese text is found', () => {
    expect(latinWords('名册不是有效的 CSV：Invalid Opening Quote')).toEqual(['Invalid', 'Opening', 'Quote']);
    expect(latinWords('运行 {command} --help 查看用法。')).toEqual([]);
  });

  test('placeholders are filled in both languages', () => {
    expect(cliText('cli.missing-option', { option: '--roster' })).toEqual({ zh: '缺少必填的选项 --roster。', en: 'Required option --roster is missing.' });
  });
});
