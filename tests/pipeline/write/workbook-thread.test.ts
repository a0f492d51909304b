import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standardSpec } from '../../../core/templates/index.js';
import { buildSummaryXlsx } from '../../../report/build-summary-xlsx.js';
import { placeSummaryCharts } from '../../../report/charts/summary-chart-places.js';
import { figuresOfMerge } from '../../../report/figures/figures-of-merge.js';
import { inThreadWorkbookBuilder, startWorkbookThread } from '../../../pipeline/write/workbook-thread.js';
import { compileTree } from '../../support/compiled-tree.js';
import { partsExceptCoreProperties } from '../../support/package-parts.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';

type ThreadModule = typeof import('../../../pipeline/write/workbook-thread.js');

let tree: ReturnType<typeof compileTree> | undefined;
let compiled: ThreadModule;

beforeAll(async () => {
  tree = compileTree('workbook-thread', ['core', 'report', 'pipeline']);
  compiled = await tree.load<ThreadModule>('pipeline/write/workbook-thread.js');
}, 120_000);

afterAll(() => {
  if (tree) rmSync(tree.root, { recursive: true, force: true });
});

const parts = partsExceptCoreProperties;

describe('汇总表.xlsx on its own thread', () => {
  const date = new Date(2026, 0, 15);

  test('the thread builds the same workbook as this thread does', async () => {
    const report = sampleMergeReport();
    const builder = compiled.startWorkbookThread();
    expect(builder).not.toBe(compiled.inThreadWorkbookBuilder);
    const offThread = parts(await builder.build(report, standardSpec, { date, header: { phone: '0999-1234567' } }));
    const here = parts(await buildSummaryXlsx(report, standardSpec, { date, header: { phone: '0999-1234567' } }));
    expect(Object.keys(offThread)).toEqual(Object.keys(here));
    for (const name of Object.keys(here)) expect([name, offThread[name] === here[name]]).toEqual([name, true]);
    expect(offThread['xl/sharedStrings.xml']).toContain('0999-1234567');
    builder.dispose();
  });

  test('many units (sent to the thread in slices): the same workbook, every unit in order', async () => {
    const report = sampleMergeReport();
    const units = report.summary.byUnit;
    report.summary.byUnit = Array.from({ length: 601 }, (_, i) => ({ ...units[i % units.length], key: `9${String(i).padStart(5, '0')}`, label: `第${i + 1}县总工会` }));
    const builder = compiled.startWorkbookThread();
    const offThread = parts(await builder.build(report, standardSpec, { date }));
    const here = parts(await buildSummaryXlsx(report, standardSpec, { date }));
    expect(Object.keys(offThread)).toEqual(Object.keys(here));
    for (const name of Object.keys(here)) expect([name, offThread[name] === here[name]]).toEqual([name, true]);
    expect(offThread['xl/sharedStrings.xml']).toContain('第601县总工会');
  });

  test.each(['zh', 'en'] as const)('the thread draws the same charts (%s), warmed up first, then builds the workbook from the report sent once', async (lang) => {
    const report = sampleMergeReport();
    const builder = compiled.startWorkbookThread();
    builder.warmCharts();
    const offThread = await builder.charts(report, standardSpec, lang);
    const here = placeSummaryCharts(figuresOfMerge(report, standardSpec), lang);
    expect(Object.keys(offThread.bySection).length).toBeGreaterThan(0);
    expect(offThread.afterSentences).toHaveLength(1);
    expect(offThread).toEqual(here);
    expect(parts(await builder.build(report, standardSpec, { date }))).toEqual(parts(await buildSummaryXlsx(report, standardSpec, { date })));
  });

  test('a second build on the same builder, and a builder disposed unused, still work', async () => {
    const report = sampleMergeReport();
    const builder = compiled.startWorkbookThread();
    const first = parts(await builder.build(report, standardSpec, { date }));
    const second = parts(await builder.build(report, standardSpec, { date }));
    expect(second).toEqual(first);
    const unused = compiled.startWorkbookThread();
    unused.dispose();
  });

  test('a thread that fails while it loads (a broken install) does not take the process down: the workbook is built here', async () => {
    const workerFile = join(tree!.root, 'pipeline/write/xlsx-worker.js');
    const intact = readFileSync(workerFile, 'utf8');
    writeFileSync(workerFile, "throw new Error('broken install');\n");
    try {
      const builder = compiled.startWorkbookThread();
      // Long enough for the thread to start, fail and exit before the workbook is asked for.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const report = sampleMergeReport();
      expect(parts(await builder.build(report, standardSpec, { date }))).toEqual(parts(await buildSummaryXlsx(report, standardSpec, { date })));
      builder.dispose();
    } finally {
      writeFileSync(workerFile, intact);
    }
  });

  test('from TypeScript sources (no compiled worker) the workbook is built in this thread', async () => {
    const builder = startWorkbookThread();
    expect(builder).toBe(inThreadWorkbookBuilder);
    const report = sampleMergeReport();
    const built = parts(await builder.build(report, standardSpec, { date }));
    expect(Object.keys(built)).toContain('xl/worksheets/sheet7.xml');
    expect(built).toEqual(parts(await buildSummaryXlsx(report, standardSpec, { date })));
  });
});
