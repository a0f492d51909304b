import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { sharpRasteriser } from '../../../pipeline/io/sharp-rasteriser.js';
import { fillDraft } from '../../../report/draft/fill-draft.js';
import { parseFiguresJson } from '../../../report/figures/figures-json.js';
import { draftOf, part } from '../../report/draft/draft-docx.js';
import { sampleMergeOutcome } from '../../support/sample-merge-outcome.js';

describe('unionstat report', () => {
  let out: string;
  let dir: string;
  beforeAll(async () => {
    ({ out } = await sampleMergeOutcome());
    dir = mkdtempSync(join(tmpdir(), 'unionstat-report-'));
  }, 120_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  test('fills the sample draft (runs split) from the merge folder: the same document the page gets from the same bytes', async () => {
    const effects = recordingEffects();
    const target = join(dir, '报告.docx');
    const code = await runCli(['report', '--draft', 'samples/报告草稿-分段.docx', '--from', out, '--out', target], effects);
    expect([code, effects.stderr]).toEqual([0, []]);
    expect(effects.stdout).toEqual([`已生成报告：${target}`]);
    const figures = parseFiguresJson(readFileSync(join(out, 'figures.json'), 'utf8'));
    if (!figures.success) throw new Error('figures.json unreadable');
    const page = await fillDraft(new Uint8Array(readFileSync('samples/报告草稿-分段.docx')), figures.figures, { rasterise: sharpRasteriser });
    if (!page.success) throw new Error('draft refused');
    const written = new Uint8Array(readFileSync(target));
    expect(part(written, 'word/document.xml')).toBe(part(page.bytes, 'word/document.xml'));
    expect(part(written, 'word/document.xml')).toContain('149.78万');
  });

  test('a draft with an unknown placeholder: each problem with the closest names, exit 2, nothing written', async () => {
    const draft = join(dir, '草稿-有误.docx');
    writeFileSync(draft, await draftOf(['建会率为{建会律}，比上年{建会率.变动}。']));
    const effects = recordingEffects();
    const target = join(dir, '不应生成.docx');
    expect(await runCli(['report', '--draft', draft, '--from', out, '--out', target], effects)).toBe(2);
    expect(existsSync(target)).toBe(false);
    expect(effects.stderr[0]).toMatch(/^报告草稿中的占位符 \{建会律\} 无法识别。相近的名称：\{建会率\}、/);
    expect(effects.stderr[1]).toMatch(/^报告草稿中的占位符 \{建会率\.变动\} 无法识别。相近的名称：\{建会率\.变化\}、/);
    expect(effects.stderr[2]).toBe('报告草稿有 2 处问题，未写入任何文件。');
  });

  test('refused before reading: no figures.json in --from, the draft as --out, an output that is not .docx', async () => {
    const effects = recordingEffects();
    expect(await runCli(['report', '--draft', 'samples/报告草稿.docx', '--from', dir, '--out', join(dir, 'a.docx')], effects)).toBe(2);
    expect(effects.stderr.join('\n')).toContain(`在 ${dir} 中没有找到汇总数据文件 figures.json。请先运行 unionstat merge`);
    const again = recordingEffects();
    const draft = join(dir, 'draft.docx');
    writeFileSync(draft, readFileSync('samples/报告草稿.docx'));
    const before = readFileSync(draft);
    expect(await runCli(['report', '--draft', draft, '--from', out, '--out', draft], again)).toBe(2);
    expect(again.stderr.join('\n')).toContain('就是报告草稿本身');
    expect(readFileSync(draft)).toEqual(before);
    const third = recordingEffects();
    expect(await runCli(['report', '--draft', draft, '--from', out, '--out', join(dir, '报告.pdf')], third)).toBe(2);
    expect(third.stderr.join('\n')).toContain('输出文件必须以 .docx 结尾');
  });

  test('a hand-edited figures.json is refused with where it no longer fits', async () => {
    const from = mkdtempSync(join(dir, 'edited-'));
    const json = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8'));
    json.summary.total.figures.A03.current = '91.8%';
    writeFileSync(join(from, 'figures.json'), JSON.stringify(json));
    const effects = recordingEffects();
    expect(await runCli(['report', '--draft', 'samples/报告草稿.docx', '--from', from, '--out', join(dir, 'x.docx')], effects)).toBe(2);
    expect(effects.stderr.join('\n')).toContain('（summary.total.figures.A03.current 处格式不符）');
  });
});
