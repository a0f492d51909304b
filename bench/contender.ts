import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** One process the bench times: what to run, and how to read what it reports. */
export interface Contender {
  name: string;
  command: string;
  args: string[];
  /** Node contenders report peak RSS through the preloaded report-rss module; others print it. */
  rssFile?: string;
}

export interface RunResult {
  /** Wall time of the whole process, spawn to exit. */
  wallMs: number;
  /** Peak resident set of the process, in KiB. */
  maxRssKiB: number;
  exitCode: number;
  /** The JSON line the contender printed last, if any. */
  report?: Record<string, unknown>;
  stderrTail: string;
}

/** Runs a contender once as a child process and measures it. */
export function runContender(contender: Contender, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  if (contender.rssFile && existsSync(contender.rssFile)) rmSync(contender.rssFile);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(contender.command, contender.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, ...(contender.rssFile ? { BENCH_RSS_FILE: contender.rssFile } : {}) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const last = stdout.trim().split('\n').pop() ?? '';
      let report: Record<string, unknown> | undefined;
      try {
        report = last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : undefined;
      } catch {
        report = undefined;
      }
      let maxRssKiB = Number(report?.maxRssKiB ?? NaN);
      if (contender.rssFile && existsSync(contender.rssFile)) {
        maxRssKiB = Number((JSON.parse(readFileSync(contender.rssFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB);
      }
      resolve({ wallMs, maxRssKiB, exitCode: code ?? -1, report, stderrTail: stderr.slice(-600) });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
