import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { standardSpec } from '../../../core/templates/index.js';
import { inThreadWorkbookBuilder } from '../../../pipeline/write/workbook-thread.js';
import { OUTPUT_FILES, writeOutputs, type OutputEffects } from '../../../pipeline/write/write-outputs.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';

describe('writeOutputs', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unionstat-outputs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const info = { startedAt: '2025-01-15T08:00:00.000Z', timings: { total: 10 }, inputs: [] };

  test('creates the folder and writes every output under its fixed name, nothing else', async () => {
    const out = join(dir, 'nested', '输出');
    const written = await writeOutputs(sampleMergeReport(), standardSpec, out, info);
    const names = ['汇总表.xlsx', '报送情况.xlsx', '汇总报告.docx', '汇总报告.html', '汇总报告.md', '汇总数据.csv', '报告语句.md', 'figures.json', 'run.json'];
    expect(written).toEqual(names.map((n) => join(out, n)));
    expect((await readdir(out)).sort()).toEqual([...names].sort());
    const xlsx = await readFile(join(out, OUTPUT_FILES.xlsx));
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    expect((await readFile(join(out, OUTPUT_FILES.csv))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await readFile(join(out, OUTPUT_FILES.narrative), 'utf8')).toContain('全市已建会企业集体协商建制率为92.3%，比上年提高1.2个百分点');
    const run = JSON.parse(await readFile(join(out, OUTPUT_FILES.run), 'utf8'));
    expect(run.startedAt).toBe(info.startedAt);
    expect(typeof run.finishedAt).toBe('string');
  });

  test('writes the documents and sentences in English on request', async () => {
    await writeOutputs(sampleMergeReport(), standardSpec, dir, { ...info, lang: 'en' });
    expect(await readFile(join(dir, OUTPUT_FILES.narrative), 'utf8')).toContain('Citywide: the collective bargaining rate of unionised enterprises is 92.3% (up 1.2 pp on last year)');
    expect(await readFile(join(dir, OUTPUT_FILES.markdown), 'utf8')).toContain('| Indicator | Unit | This year | Last year | Change | Change in words |');
    // The workbook and the CSV stay in the template's Chinese.
    expect(await readFile(join(dir, OUTPUT_FILES.csv), 'utf8')).toContain('单位代码,单位名称');
  });

  test('a failing build replaces no output and leaves no temp file', async () => {
    const report = sampleMergeReport();
    // A figure that cannot be displayed makes a builder throw (a programmer error upstream), before anything is staged.
    report.summary.total.figures.A01 = { ...report.summary.total.figures.A01, current: Number.NaN };
    await expect(writeOutputs(report, standardSpec, dir, info)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
    // The workbook fails last, when every other output is staged on disk: those are removed.
    const failingWorkbook = { ...inThreadWorkbookBuilder, build: () => Promise.reject(new Error('workbook thread died')) };
    await expect(writeOutputs(sampleMergeReport(), standardSpec, dir, { ...info, workbook: failingWorkbook })).rejects.toThrow('workbook thread died');
    expect(await readdir(dir)).toEqual([]);
  });

  test('stages each output as it is built and replaces none until all are staged; a failure drops the staged ones', async () => {
    const calls: string[] = [];
    const watching = (failOn?: string, commitFailsOn?: string): OutputEffects => ({
      makeDir: async (p) => void calls.push(`mkdir ${p}`),
      stageFile: async (p) => {
        const name = basename(p);
        if (name === failOn) throw new Error(`disk full writing ${name}`);
        calls.push(`stage ${name}`);
        return {
          path: p,
          commit: async () => {
            if (name === commitFailsOn) throw new Error(`EPERM: ${name} is open in Excel`);
            calls.push(`commit ${name}`);
          },
          discard: async () => void calls.push(`discard ${name}`),
        };
      },
      stageFolder: async () => {
        throw new Error('no feedback asked for');
      },
    });
    await writeOutputs(sampleMergeReport(), standardSpec, dir, info, watching());
    const firstCommit = calls.findIndex((c) => c.startsWith('commit'));
    expect(calls.slice(firstCommit, -2)).toEqual(Object.values(OUTPUT_FILES).slice(0, -1).map((n) => `commit ${n}`));
    expect(calls.slice(1, firstCommit).sort()).toEqual(Object.values(OUTPUT_FILES).slice(0, -1).map((n) => `stage ${n}`).sort());
    expect(calls.slice(-2)).toEqual([`stage ${OUTPUT_FILES.run}`, `commit ${OUTPUT_FILES.run}`]);

    calls.length = 0;
    // 汇总报告.md is built after four other outputs (see buildOutputs): those are staged before it fails.
    await expect(writeOutputs(sampleMergeReport(), standardSpec, dir, info, watching(OUTPUT_FILES.markdown))).rejects.toThrow('disk full writing 汇总报告.md');
    expect(calls.some((c) => c.startsWith('commit'))).toBe(false);
    const stagedNames = calls.filter((c) => c.startsWith('stage')).map((c) => c.slice('stage '.length));
    expect(stagedNames.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.startsWith('discard')).map((c) => c.slice('discard '.length)).sort()).toEqual([...stagedNames].sort());

    // A target that cannot be replaced: the outputs after it are dropped, not left beside their targets; no run.json.
    calls.length = 0;
    await expect(writeOutputs(sampleMergeReport(), standardSpec, dir, info, watching(undefined, OUTPUT_FILES.html))).rejects.toThrow('EPERM');
    expect(calls.filter((c) => c.startsWith('commit'))).toEqual([`commit ${OUTPUT_FILES.xlsx}`, `commit ${OUTPUT_FILES.statuses}`, `commit ${OUTPUT_FILES.docx}`]);
    expect(calls.filter((c) => c.startsWith('discard')).sort()).toEqual([OUTPUT_FILES.markdown, OUTPUT_FILES.csv, OUTPUT_FILES.narrative, OUTPUT_FILES.figures].map((n) => `discard ${n}`).sort());
    expect(calls.some((c) => c.includes(OUTPUT_FILES.run))).toBe(false);
  });
});
