import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharpRasteriser } from '../../pipeline/io/sharp-rasteriser.js';
import { OUTPUT_FILES } from '../../report/build-outputs.js';
import { fillDraft } from '../../report/draft/fill-draft.js';
import { parseFiguresJson } from '../../report/figures/figures-json.js';
import { buildSampleDraft } from '../../samples/make-draft.js';
import { sampleMergeOutcome } from '../support/sample-merge-outcome.js';
import { findSystemProgram } from '../support/system-program.js';

const NAME = 'summary.docx and 报告.docx render through LibreOffice with their charts';
const soffice = findSystemProgram('soffice', 'libreoffice-writer-nogui', NAME);
const pdftoppm = findSystemProgram('pdftoppm', 'poppler-utils', NAME);
const run = soffice && pdftoppm ? describe : describe.skip;

/*
 * The documents as a reader gets them: converted to PDF by LibreOffice Writer
 * (which shows each chart's PNG fallback, as Word 2013 and WPS do), then to one
 * PNG per page in tests/.tmp/rendered/ for a person to look at.
 */
run('summary.docx and 报告.docx rendered by LibreOffice', () => {
  const look = join('tests', '.tmp', 'rendered');
  let out: string;
  const pdf: Record<string, { pages: number; text: string; images: { width: number; height: number }[] }> = {};

  function render(docx: string, name: string) {
    execFileSync(soffice as string, [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', docx, '--outdir', out], { stdio: 'ignore', timeout: 180_000 });
    const file = join(out, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c[2] === 'image')
      .map((c) => ({ width: Number(c[3]), height: Number(c[4]) }));
    execFileSync(pdftoppm as string, ['-png', '-r', '60', file, join(look, name)]);
    pdf[name] = { pages: Number(info.match(/Pages:\s+(\d+)/)?.[1]), text, images };
  }

  beforeAll(async () => {
    rmSync(look, { recursive: true, force: true });
    mkdirSync(look, { recursive: true });
    const merged = await sampleMergeOutcome();
    out = merged.out;
    const figures = parseFiguresJson(readFileSync(join(out, 'figures.json'), 'utf8'));
    if (!figures.success) throw new Error('figures.json unreadable');
    const filled = await fillDraft(await buildSampleDraft({ splitRuns: true }), figures.figures, { rasterise: sharpRasteriser });
    if (!filled.success) throw new Error(filled.issues.map((i) => i.message.zh).join('\n'));
    writeFileSync(join(out, '报告.docx'), filled.bytes);
    render(join(out, OUTPUT_FILES.docx), OUTPUT_FILES.docx.replace(/\.docx$/, ''));
    render(join(out, '报告.docx'), '报告');
  }, 400_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('报告.docx: the figures in sentences, the tables, four charts captioned 图1–图4, no placeholder left, 4 A4 pages', () => {
    const { text, images, pages } = pdf['报告'];
    expect(text).toContain('示例市总工会2025年工会统计工作报告');
    expect(text).toMatch(/建会率为\d+\.\d%，比上年（\d+\.\d%）(提高|下降)\d+\.\d个百分点；工会会员\d+\.\d\d万人/);
    expect(text).toMatch(/帮扶资金[\d,]+\.\d\d万元，同比(增长|下降)\d+\.\d%/);
    expect(text).not.toMatch(/[{}｛｝]/);
    for (const caption of ['图1各单位建会率', '图2各单位集体协商建制率', '图3帮扶资金构成', '图4主要指标同比增减']) expect(text).toContain(caption);
    expect(text).toContain('县区小计');
    expect(text).not.toContain('报送情况');
    // Each chart is a picture drawn at twice its size (the PNG LibreOffice shows).
    expect(images).toHaveLength(4);
    for (const image of images) expect(image.width).toBe(1200);
    expect(pages).toBe(4);
    expect(readdirSync(look).filter((f) => f.startsWith('报告-'))).toHaveLength(pages);
  });

  test('汇总报告.docx: four charts captioned 图1–图4 after their tables, nothing of the process', () => {
    const { text, images, pages } = pdf[OUTPUT_FILES.docx.replace(/\.docx$/, '')];
    const captions = ['图1各单位建会率', '图2各单位集体协商建制率', '图3帮扶资金构成', '图4主要指标同比增减'];
    const at = captions.map((c) => text.indexOf(c));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf('一、组织建设')).toBeLessThan(at[0]);
    expect(at[0]).toBeLessThan(text.indexOf('二、集体协商与民主管理'));
    expect(images).toHaveLength(4);
    expect(text).not.toContain('报送情况');
    expect(pages).toBeLessThanOrEqual(6);
  });
});
