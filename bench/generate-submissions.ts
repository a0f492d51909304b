import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateSpec } from '../core/spec/template-spec.js';
import { buildTemplateWorkbook } from '../report/template/build-template-workbook.js';
import { fillTemplate } from '../report/template/fill-template.js';
import { unitFigures, type SampleUnit } from '../samples/sample-data.js';

export const BENCH_YEAR = 2025;
export const BENCH_FEDERATION = { code: '900000', name: '基准测试省总工会' };

export interface BenchData {
  dir: string;
  roster: string;
  submissions: string;
  n: number;
  /** Total bytes of the submissions. */
  bytes: number;
}

const KINDS: SampleUnit['kind'][] = ['县区', '县区', '县区', '直属', '产业'];

/** The i-th unit of the bench roster: deterministic, sizes spread like real counties. */
export function benchUnit(i: number): SampleUnit {
  const code = `9${String(i + 1).padStart(5, '0')}`;
  const kind = KINDS[i % KINDS.length];
  const name = kind === '县区' ? `基准${i + 1}县总工会` : kind === '直属' ? `基准直属${i + 1}工会` : `基准产业${i + 1}工会`;
  return { code, name, kind, size: 0.15 + ((i * 7919) % 100) / 80 };
}

/** Bumped when what the generator writes changes, so an old cache is not reused. */
const GENERATOR_VERSION = 1;

/**
 * Writes N submissions of the standard template (one per unit, filled with
 * sample figures for this year and last) and their roster under
 * `<root>/data-<n>/`. Deterministic; reuses what a previous run wrote for
 * the same N, spec and generator.
 */
export async function generateSubmissions(
  spec: TemplateSpec,
  n: number,
  root: string,
  log: (line: string) => void = () => {},
): Promise<BenchData> {
  const dir = join(root, `data-${n}`);
  const submissions = join(dir, 'submissions');
  const roster = join(dir, 'roster.csv');
  const stamp = join(dir, 'stamp.json');
  const key = JSON.stringify({ n, spec: spec.id, version: spec.version, indicators: spec.indicators.length, generator: GENERATOR_VERSION });
  if (existsSync(stamp)) {
    const old = JSON.parse(await readFile(stamp, 'utf8')) as { key: string; bytes: number };
    if (old.key === key) return { dir, roster, submissions, n, bytes: old.bytes };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(submissions, { recursive: true });
  const lines = ['代码,名称,上级,类别', `${BENCH_FEDERATION.code},${BENCH_FEDERATION.name},,本级`];
  let bytes = 0;
  const started = Date.now();
  for (let i = 0; i < n; i++) {
    const unit = benchUnit(i);
    lines.push(`${unit.code},${unit.name},${BENCH_FEDERATION.code},${unit.kind}`);
    // A fresh workbook per file: fillTemplate writes into the one it is given.
    const workbook = buildTemplateWorkbook(spec);
    fillTemplate(workbook, spec, {
      header: {
        unitName: unit.name,
        unitCode: unit.code,
        year: BENCH_YEAR,
        period: '年报',
        preparer: '张敏',
        phone: `0999-8${String(6000000 + i * 1379).slice(0, 7)}`,
        date: `${BENCH_YEAR + 1}-01-15`,
      },
      current: unitFigures(unit, BENCH_YEAR),
      prior: unitFigures(unit, BENCH_YEAR - 1),
    });
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    bytes += data.length;
    await writeFile(join(submissions, `${unit.name}${BENCH_YEAR}年报.xlsx`), data);
    if ((i + 1) % 250 === 0) log(`  generated ${i + 1}/${n} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await writeFile(roster, `${lines.join('\n')}\n`);
  await writeFile(stamp, JSON.stringify({ key, bytes }));
  return { dir, roster, submissions, n, bytes };
}
