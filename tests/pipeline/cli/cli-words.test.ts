import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';

/** Latin-letter words a Chinese line may hold: option names and values, file kinds, the program's name. */
const ALLOWED = new Set(['xlsx', 'docx', 'CSV', 'Excel', 'WPS', 'JSON', 'unionstat', 'fast', 'exceljs', 'zh', 'en', 'check', 'merge', 'cells', 'template', 'help', 'spec', 'report']);
const englishIn = (text: string) =>
  (text.replace(/--?[a-z][a-z-]*/g, ' ').replace(/<[^>]*>/g, ' ').match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED.has(w));

async function cli(args: string[], lang: 'zh' | 'en' = 'zh') {
  const effects = recordingEffects(lang);
  const code = await runCli(args, effects);
  return { code, out: effects.stdout.join('\n'), err: effects.stderr.join('\n') };
}

describe('commander in the user’s language', () => {
  test('a missing required option: Chinese, the option named, where to read the usage, exit 2', async () => {
    const { code, err } = await cli(['merge', '--in', 'x', '--out', 'y']);
    expect(code).toBe(2);
    expect(err).toBe('缺少必填的选项 --roster。\n运行 unionstat merge --help 查看用法。');
  });

  test('the same in English under --lang en', async () => {
    const { code, err } = await cli(['merge', '--in', 'x', '--out', 'y', '--lang', 'en'], 'en');
    expect(code).toBe(2);
    expect(err).toBe('Required option --roster is missing.\nRun unionstat merge --help for usage.');
  });

  test.each([
    [['merge', '--roster'], '选项 --roster 后面缺少取值。\n运行 unionstat merge --help 查看用法。'],
    [['merge', '--roster', 'a.csv', '--in', 'x', '--out', 'y', '--rostr'], '没有选项 --rostr。\n是否要输入 --roster？\n运行 unionstat merge --help 查看用法。'],
    [['chek'], '没有命令 chek。\n是否要输入 check？\n运行 unionstat --help 查看用法。'],
    [['check'], '缺少必填的参数 报表。\n运行 unionstat check --help 查看用法。'],
    [['template', '--out', 'a.xlsx', 'extra'], '参数过多。\n运行 unionstat template --help 查看用法。'],
  ])('%j: %s', async (args, said) => {
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toBe(said);
  });

  test.each([[['--help']], [['merge', '--help']], [['help', 'check']], [['template', '--help']], [['cells', '--help']], [['report', '--help']]])('%j: help in Chinese, exit 0', async (args) => {
    const { code, out } = await cli(args);
    expect(code).toBe(0);
    expect(out).toMatch(/^用法： unionstat/);
    expect(englishIn(out)).toEqual([]);
  });

  test('merge --help names every option in Chinese, with defaults in Chinese', async () => {
    const { out } = await cli(['merge', '--help']);
    expect(out).toContain('用法： unionstat merge [选项]');
    // Aligned as a terminal shows it: Chinese characters take two columns.
    const column = (line: string) => [.../^\s+\S.*?\s{2,}/.exec(line)![0]].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    const lines = out.split('\n').filter((l) => /^  -/.test(l));
    expect(new Set(lines.map(column)).size).toBe(1);
    expect(out).toContain('选项：');
    expect(out).toContain('--use <代码=文件>');
    expect(out).toContain('单位报送了多个数据不同的文件时，选定计入汇总的文件；可多次使用');
    expect(out).toContain('读取方式：fast 或 exceljs（默认：fast）');
    expect(out).toContain('显示帮助');
  });

  test('--help under --lang en is English', async () => {
    const { out } = await cli(['merge', '--help', '--lang', 'en'], 'en');
    expect(out).toContain('Usage: unionstat merge [options]');
    expect(out).toContain('workbook reader: fast or exceljs (default: fast)');
    expect(out).not.toMatch(/[\u4e00-\u9fff]{6}/);
  });
});
