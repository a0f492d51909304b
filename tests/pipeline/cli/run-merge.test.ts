import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { runMerge } from '../../../pipeline/cli/run-merge.js';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { buildTemplateWorkbook, fillTemplate, type TemplateFill } from '../../../report/template/index.js';
import { enteredFigures } from '../../support/entered-figures.js';

const ROSTER = [
  '代码,名称,上级,类别',
  '990100,示例市总工会,,本级',
  '990101,甲区总工会,990100,县区',
  '990102,乙县总工会,990100,县区',
  '990103,丙区总工会,990100,县区',
  '990104,丁区总工会,990100,县区',
  '990105,戊县总工会,990100,县区',
  '990190,"+市直机关工会",990100,直属',
  '990195,示例市教育工会,990100,产业',
].join('\n');

async function writeSubmission(path: string, code: string, name: string, fill: Partial<TemplateFill> & { scale: number }): Promise<void> {
  const wb = buildTemplateWorkbook(standardSpec);
  const base = enteredFigures(fill.scale);
  fillTemplate(wb, standardSpec, {
    header: { unitName: name, unitCode: code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-1234567' },
    current: { ...base, ...fill.current },
    prior: { ...base, ...fill.prior },
    notes: fill.notes,
  });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('unionstat merge', () => {
  const root = mkdtempSync(join(tmpdir(), 'unionstat-merge-'));
  const inDir = join(root, 'in');
  const out = join(root, 'out');
  const rosterPath = join(root, 'roster.csv');

  beforeAll(async () => {
    mkdirSync(join(inDir, 'sub'), { recursive: true });
    writeFileSync(rosterPath, ROSTER);
    await writeSubmission(join(inDir, '甲区.xlsx'), '990101', '甲区总工会', { scale: 1 });
    await writeSubmission(join(inDir, 'sub', '新建 Microsoft Excel 工作表 (3).xlsx'), '990102', '乙县总工会', { scale: 3 });
    // A hard error: 已建会单位数 above 应建会单位数.
    await writeSubmission(join(inDir, '丙区.xlsx'), '990103', '丙区总工会', { scale: 2, current: { A02: 250 } });
    // Two different files from one unit.
    await writeSubmission(join(inDir, '丁区-1.xlsx'), '990104', '丁区总工会', { scale: 1 });
    await writeSubmission(join(inDir, '丁区-2.xlsx'), '990104', '丁区总工会', { scale: 2 });
    // A soft issue left unexplained: 当年新建基层工会 doubled.
    await writeSubmission(join(inDir, '市直.xlsx'), '990190', '+市直机关工会', { scale: 1, current: { A09: 9 } });
    // A soft issue explained.
    await writeSubmission(join(inDir, '教育.xlsx'), '990195', '示例市教育工会', { scale: 1, current: { A09: 9 }, notes: { A09: '新建学校工会较多' } });
    // A unit the roster does not know.
    await writeSubmission(join(inDir, '外单位.xlsx'), '880101', '外市某区总工会', { scale: 1 });
    // A damaged file and a text file dressed as a workbook.
    const good = readFileSync(join(inDir, '甲区.xlsx'));
    writeFileSync(join(inDir, '损坏.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(join(inDir, '名单.xlsx'), '单位,人数\n甲,1\n');
    writeFileSync(join(inDir, '~$甲区.xlsx'), 'lock');
    writeFileSync(join(inDir, '说明.txt'), '请查收');
  });

  const run = async (outDir: string) => {
    const parsed = parseRosterCsv(ROSTER);
    if (!parsed.ok) throw new Error('roster');
    return runMerge({ spec: standardSpec, roster: parsed.roster, inputs: [inDir], out: outDir }, recordingEffects());
  };

  it('gives every roster unit a status, and goes on past bad files', async () => {
    const before = hashTree(inDir);
    const outcome = await run(out);
    const status = Object.fromEntries(outcome.report.statuses.map((s) => [s.code || s.name, s.status]));
    expect(status).toEqual({
      '990101': 'reported',
      '990102': 'reported',
      '990103': 'hard-issues',
      '990104': 'duplicate',
      '990105': 'missing',
      '990190': 'needs-explanation',
      '990195': 'reported',
      '880101': 'not-in-roster',
      '损坏.xlsx': 'unreadable',
      '名单.xlsx': 'unreadable',
    });
    expect(outcome.exitCode).toBe(1);
    const damaged = outcome.report.files.find((f) => f.file === '损坏.xlsx')!;
    expect(damaged.issues[0].message.zh).toContain('损坏.xlsx');
    expect(outcome.report.files.find((f) => f.file === '名单.xlsx')!.issues[0].code).toBe('file.text-not-workbook');
    expect(outcome.report.notes.map((n) => n.zh).join('\n')).toMatch(/已跳过 ~\$甲区\.xlsx（Office 临时锁定文件）[\s\S]*已跳过 说明\.txt（不是工作簿）/);
    // Inputs are never modified.
    expect(hashTree(inDir)).toEqual(before);
  });

  it('sums accepted units only and recomputes rates from the summed parts', async () => {
    const { report } = await run(join(root, 'out-figures'));
    const total = report.summary.total;
    // Accepted: 甲区 (×1), 乙县 (×3), 市直 (×1, A09 = 9), 教育 (×1, A09 = 9).
    expect(total.units).toBe(4);
    expect(total.figures.A01.current).toBe(100 * 6);
    expect(total.figures.A09.current).toBe(3 + 9 + 9 + 9);
    expect(total.figures.C01.current).toBe(16 * 6);
    expect(total.figures.A03.current).toBeCloseTo((480 / 600) * 100, 10);
    // C10 = C01 × 10000 / C07: 96 万元 over 1,200 人次.
    expect(total.figures.C10.current).toBeCloseTo((96 * 10000) / 1200, 10);
    // Without --prior, 同比 uses the 上年 columns; A09's prior is 3 per scale.
    expect(total.figures.A09.prior).toBe(3 * 6);
    expect(total.figures.A09.growthPercent).toBeCloseTo(((30 - 18) / 18) * 100, 10);
  });

  it('writes every output, and the 汇总 sheet checks clean as a submission to the province', async () => {
    await run(out);
    expect(readdirSync(out).sort()).toEqual(['figures.json', '报告语句.md', 'run.json', '报送情况.xlsx', '汇总数据.csv', '汇总报告.docx', '汇总报告.html', '汇总报告.md', '汇总表.xlsx'].sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '汇总表.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['分单位', '同比分析', '报送情况', '审核结果', '数据来源']));
    const effects = recordingEffects();
    const code = await runCli(['check', join(out, '汇总表.xlsx'), '--year', '2025'], effects);
    expect(effects.stdout.join('\n')).toContain('990100');
    expect(code).toBe(0);
    const docx = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, '汇总报告.docx'))))['word/document.xml']);
    expect(docx).toContain('96.00');
    expect(docx).toContain('80.0%');
    const csv = readFileSync(join(out, '汇总数据.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'+市直机关工会");
    expect(csv).not.toMatch(/(^|,)\+市直机关工会/m);
  });

  it('gives the same figures on a second run over the same folder', async () => {
    const a = await run(join(root, 'again-1'));
    const b = await run(join(root, 'again-2'));
    expect(b.report.summary).toEqual(a.report.summary);
    expect(readFileSync(join(root, 'again-2', '汇总数据.csv'), 'utf8')).toBe(readFileSync(join(root, 'again-1', '汇总数据.csv'), 'utf8'));
  });
});
