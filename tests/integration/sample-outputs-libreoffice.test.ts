import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRosterFile } from '../../core/roster/parse-roster-file.js';
import { standardSpec } from '../../core/templates/index.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runMerge } from '../../pipeline/cli/run-merge.js';
import { FEEDBACK_FILES, OUTPUT_FILES } from '../../report/build-outputs.js';
import { findSystemProgram } from '../support/system-program.js';

/*
 * The sample merge (12 units) as `npm start` runs it, with --feedback, then
 * every workbook and the report printed to PDF by LibreOffice: what a
 * statistician gets when pressing Print. Page counts are counted in the PDF.
 */

const SAMPLES = join(process.cwd(), 'samples');
const soffice = findSystemProgram('soffice', 'libreoffice-calc-nogui', 'the sample outputs print on A4 through LibreOffice');
const run = soffice ? describe : describe.skip;

/** Pages of a PDF LibreOffice wrote: its page objects (it writes no object streams). */
function pages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

function toPdf(dir: string, files: string[]): void {
  execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files], {
    stdio: 'ignore',
    timeout: 300_000,
  });
}

const roster = (() => {
  const parsed = parseRosterFile(readFileSync(join(SAMPLES, 'roster.csv')), 'roster.csv');
  if (!parsed.ok) throw new Error('the sample roster does not parse');
  return parsed.roster;
})();

describe('unionstat merge --feedback', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'unionstat-feedback-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes the feedback folder whole, replacing an earlier one (no stale 审核意见 left)', async () => {
    const out = join(root, 'out');
    const options = { spec: standardSpec, roster, inputs: [join(SAMPLES, 'submissions', '2025')], prior: join(SAMPLES, 'submissions', '2024'), out, jobs: 1, feedback: true };
    const first = await runMerge(options, recordingEffects());
    expect(first.written).toContain(join(out, FEEDBACK_FILES.folder));
    const folder = join(out, FEEDBACK_FILES.folder);
    expect(readdirSync(folder).sort()).toEqual([FEEDBACK_FILES.list, '审核意见_990104_示例市北山区总工会.xlsx', '审核意见_990181_临江市总工会.xlsx'].sort());
    writeFileSync(join(folder, '审核意见_990101_上次的.xlsx'), 'stale');
    await runMerge(options, recordingEffects());
    expect(readdirSync(folder)).not.toContain('审核意见_990101_上次的.xlsx');
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    // Without --feedback the folder is not written.
    const plain = await runMerge({ ...options, out: join(root, 'plain'), feedback: undefined }, recordingEffects());
    expect(plain.written.some((p) => p.includes(FEEDBACK_FILES.folder))).toBe(false);
  }, 120_000);
});

run('the sample outputs printed by LibreOffice', () => {
  let root: string;
  let out: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'unionstat-print-'));
    out = join(root, 'out');
    await runMerge(
      { spec: standardSpec, roster, inputs: [join(SAMPLES, 'submissions', '2025')], prior: join(SAMPLES, 'submissions', '2024'), out, jobs: 1, feedback: true },
      recordingEffects(),
    );
    const feedback = readdirSync(join(out, FEEDBACK_FILES.folder)).map((n) => join(out, FEEDBACK_FILES.folder, n));
    toPdf(root, [join(out, OUTPUT_FILES.xlsx), join(out, OUTPUT_FILES.statuses), join(out, OUTPUT_FILES.docx), ...feedback]);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${root}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(root, 'txt'), join(out, OUTPUT_FILES.docx)], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  }, 400_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const pdf = (name: string) => readFileSync(join(root, 'pdf', name.replace(/\.(xlsx|docx)$/, '.pdf')));

  test('汇总表.xlsx for 12 units prints on 8 A4 pages: 汇总 1, 分单位 2 across, 同比分析 2, 报送情况, 审核结果, 数据来源 1 each', () => {
    expect(pages(pdf(OUTPUT_FILES.xlsx))).toBe(8);
    // A4 (595 × 842 pt) in either orientation, every page.
    const pageObjects = pdf(OUTPUT_FILES.xlsx).toString('latin1').split('endobj').filter((o) => /\/Type\s*\/Page[^s]/.test(o));
    const boxes = pageObjects.map((o) => {
      const m = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(o)!;
      return [Math.round(Number(m[1])), Math.round(Number(m[2]))].sort().join('x');
    });
    expect(boxes).toEqual(Array(8).fill('595x842'));
  });

  test('报送情况.xlsx prints one page per sheet; the chase list and each unit\'s 审核意见 one page each', () => {
    expect(pages(pdf(OUTPUT_FILES.statuses))).toBe(3);
    for (const name of readdirSync(join(out, FEEDBACK_FILES.folder))) expect([name, pages(pdf(name))]).toEqual([name, 1]);
  });

  test('汇总报告.docx holds the report only: the tables, the table by unit and the sentences, no 报送情况 and no file names', () => {
    expect(pages(pdf(OUTPUT_FILES.docx))).toBeGreaterThanOrEqual(2);
    const text = readFileSync(join(root, 'txt', OUTPUT_FILES.docx.replace('.docx', '.txt')), 'utf8');
    expect(text).toContain('四、分单位主要指标');
    expect(text).toContain('工会会员149.78万人');
    expect(text).toContain('下降0.3个百分点');
    for (const process of ['报送情况', '.xlsx', '已跳过', '未报', '白石县总工会']) expect(text).not.toContain(process);
  });
});
