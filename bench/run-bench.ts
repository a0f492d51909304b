/**
 * `npm run bench`: how close `unionstat merge` comes to the speed of reading
 * the files. Generates N submissions from the template (deterministic, cached
 * in bench/out), then runs, alternating, several times each and each as its
 * own process: the merge end to end (read, check, merge, 同比, all outputs),
 * the raw-read baseline (fflate + saxes, sum by code, nothing else), and the
 * pandas peer when /usr/bin/python3 has pandas and openpyxl. Prints medians,
 * ratios, ms per file and peak RSS; writes bench/out/bench-<n>.json.
 *
 * Options: --n <files> (1000), --runs <k> (3), --city <files> (30),
 * --jobs <n> (passed to merge; default: the CLI's own), --no-pandas.
 * A benchmark, not a test: nothing here is asserted in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standardSpec } from '../core/templates/index.js';
import { templateLayout } from '../report/template/template-layout.js';
import { benchCheck } from './check-speed.js';
import { median, runContender, type Contender, type RunResult } from './contender.js';
import { findSheetPart } from './find-sheet-part.js';
import { BENCH_YEAR, generateSubmissions, type BenchData } from './generate-submissions.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const outRoot = join(repo, 'bench', 'out');
const PYTHON = '/usr/bin/python3';

interface Args {
  n: number;
  runs: number;
  city: number;
  jobs?: string;
  pandas: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { n: 1000, runs: 3, city: 30, pandas: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--n') args.n = Number(next());
    else if (a === '--runs') args.runs = Number(next());
    else if (a === '--city') args.city = Number(next());
    else if (a === '--jobs') args.jobs = next();
    else if (a === '--no-pandas') args.pandas = false;
    else throw new Error(`unknown option ${a}`);
  }
  if (!(args.n >= 1 && args.runs >= 1 && args.city >= 1)) throw new Error('--n, --runs and --city must be positive');
  return args;
}

function pandasAvailable(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  try {
    execFileSync(PYTHON, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return `${PYTHON} has no pandas/openpyxl (apt-get install -y python3-pandas python3-openpyxl)`;
  }
}

function mergeContender(data: BenchData, tag: string, jobs: string | undefined): Contender & { runDir: string } {
  const runDir = join(outRoot, `merge-${tag}`);
  const args = [
    '--import', join(here, 'report-rss.js'),
    join(repo, 'dist', 'cli', 'unionstat.js'),
    'merge', '--roster', data.roster, '--in', data.submissions, '--out', runDir, '--year', String(BENCH_YEAR),
    ...(jobs ? ['--jobs', jobs] : []),
  ];
  return { name: 'merge', command: process.execPath, args, rssFile: join(outRoot, `rss-merge-${tag}.json`), runDir };
}

interface Summary {
  runs: number;
  wallMs: number[];
  medianWallMs: number;
  msPerFile: number;
  medianMaxRssMiB: number;
  /** Median of what the contender itself reports (its time inside the process, merge phases). */
  inner?: Record<string, number>;
}

function summarise(results: RunResult[], files: number, inner?: Record<string, number[]>): Summary {
  const wallMs = results.map((r) => Math.round(r.wallMs));
  const medianWallMs = median(wallMs);
  const summary: Summary = {
    runs: results.length,
    wallMs,
    medianWallMs,
    msPerFile: +(medianWallMs / files).toFixed(3),
    medianMaxRssMiB: +(median(results.map((r) => r.maxRssKiB)) / 1024).toFixed(1),
  };
  if (inner) summary.inner = Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, Math.round(median(v))]));
  return summary;
}

function mergeTimings(runDir: string): Record<string, number> {
  const run = JSON.parse(readFileSync(join(runDir, 'run.json'), 'utf8')) as { timings?: Record<string, number> };
  return run.timings ?? {};
}

function check(result: RunResult, name: string): void {
  // 1 is `merge` reporting hard issues in a submission; the generated ones have none, but it still wrote everything.
  if (result.exitCode !== 0 && !(name === 'merge' && result.exitCode === 1)) {
    throw new Error(`${name} exited with ${result.exitCode}:\n${result.stderrTail}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  await mkdir(outRoot, { recursive: true });
  const spec = standardSpec;
  const layout = templateLayout(spec);

  log(`bench: N = ${args.n}, runs = ${args.runs}, city = ${args.city}; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('generating submissions (cached in bench/out) …');
  const data = await generateSubmissions(spec, args.n, outRoot, log);
  const city = await generateSubmissions(spec, args.city, outRoot, log);
  const first = join(data.submissions, readdirSync(data.submissions).filter((n) => n.endsWith('.xlsx')).sort()[0]);
  const sheetPart = findSheetPart(first, layout.sheetName);
  const codeCol = layout.columns.code!;
  const valueCol = layout.columns.current!;
  log(`  ${data.n} files, ${(data.bytes / 1024 / data.n).toFixed(1)} KB each; sheet part ${sheetPart}`);

  const raw: Contender = {
    name: 'raw',
    command: process.execPath,
    args: ['--import', join(here, 'report-rss.js'), join(here, 'raw-read.js'), data.submissions, sheetPart, String(codeCol), String(valueCol)],
    rssFile: join(outRoot, `rss-raw-${args.n}.json`),
  };
  const merge = mergeContender(data, String(args.n), args.jobs);
  const noPandas = args.pandas ? pandasAvailable() : '--no-pandas';
  const pandas: Contender | undefined = noPandas
    ? undefined
    : { name: 'pandas', command: PYTHON, args: [join(repo, 'bench', 'pandas-peer.py'), data.submissions, layout.sheetName, String(codeCol), String(valueCol)] };
  if (noPandas) log(`pandas peer skipped: ${noPandas}`);

  // Warm the page cache so the first timed contender is not the one that pays for the disk.
  check(await runContender(raw), 'raw');

  const contenders = [merge, raw, ...(pandas ? [pandas] : [])];
  const results = new Map<string, RunResult[]>(contenders.map((c) => [c.name, []]));
  const phases: Record<string, number[]> = {};
  const rawInner: Record<string, number[]> = { ms: [] };
  for (let run = 0; run < args.runs; run++) {
    // Alternate, starting with a different contender each run, so drifting load falls on all of them.
    const order = contenders.map((_, i) => contenders[(i + run) % contenders.length]);
    for (const c of order) {
      const result = await runContender(c);
      check(result, c.name);
      results.get(c.name)!.push(result);
      if (c === merge) for (const [k, v] of Object.entries(mergeTimings(merge.runDir))) (phases[k] ??= []).push(v);
      if (c === raw) rawInner.ms.push(Number(result.report?.ms));
      log(`  run ${run + 1}/${args.runs} ${c.name.padEnd(6)} ${(result.wallMs / 1000).toFixed(2)} s, ${(result.maxRssKiB / 1024).toFixed(0)} MiB`);
    }
  }

  const cityMerge = mergeContender(city, `city-${args.city}`, args.jobs);
  const cityResults: RunResult[] = [];
  for (let run = 0; run < args.runs; run++) {
    const result = await runContender(cityMerge);
    check(result, 'merge');
    cityResults.push(result);
  }

  const check1 = benchCheck();
  const mergeSummary = summarise(results.get('merge')!, args.n, phases);
  const rawSummary = summarise(results.get('raw')!, args.n, rawInner);
  const pandasSummary = pandas ? summarise(results.get('pandas')!, args.n) : undefined;
  const citySummary = summarise(cityResults, args.city);
  const ratios = {
    mergeOverRaw: +(mergeSummary.medianWallMs / rawSummary.medianWallMs).toFixed(2),
    pandasOverMerge: pandasSummary ? +(pandasSummary.medianWallMs / mergeSummary.medianWallMs).toFixed(2) : null,
  };
  const sums = {
    raw: results.get('raw')![0].report?.total,
    pandas: pandas ? results.get('pandas')![0].report?.total : undefined,
  };

  const row = (name: string, s: Summary) =>
    `${name.padEnd(16)} ${(s.medianWallMs / 1000).toFixed(2).padStart(8)} s ${s.msPerFile.toFixed(2).padStart(8)} ms/file ${s.medianMaxRssMiB.toFixed(0).padStart(6)} MiB`;
  log('');
  log(`N = ${args.n} (medians of ${args.runs} runs, whole process)`);
  log(row('merge (e2e)', mergeSummary));
  log(row('raw read', rawSummary));
  if (pandasSummary) log(row('pandas peer', pandasSummary));
  log(`merge/raw = ${ratios.mergeOverRaw}×${ratios.pandasOverMerge !== null ? `, pandas/merge = ${ratios.pandasOverMerge}×` : ''}`);
  log(`merge phases (ms, median): ${Object.entries(mergeSummary.inner ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  log(`city: N = ${args.city}, merge end to end ${(citySummary.medianWallMs / 1000).toFixed(2)} s, ${citySummary.medianMaxRssMiB.toFixed(0)} MiB`);
  log(`check: ${(check1.msPerCheck * 1000).toFixed(1)} µs per submission`);
  log(`load at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const out = {
    n: args.n,
    runs: args.runs,
    bytesPerFile: Math.round(data.bytes / data.n),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    load: { at: new Date().toISOString(), loadavg: loadavg() },
    merge: mergeSummary,
    raw: rawSummary,
    pandas: pandasSummary ?? { skipped: noPandas },
    ratios,
    city: { n: args.city, merge: citySummary },
    check: { msPerCheck: check1.msPerCheck },
    sums,
  };
  const file = join(outRoot, `bench-${args.n}.json`);
  await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
  log(`wrote ${file}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
