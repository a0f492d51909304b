import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';

/**
 * Nothing leaves the computer: every way Node reaches the network is replaced
 * by a function that records the attempt and throws, then check and merge run
 * on the samples. A static scan covers the add-in and the page, which run in
 * Office or a browser.
 */
const repoRoot = process.cwd();
const attempts: string[] = [];
const saved: [object, string, unknown][] = [];

function trap(owner: object, key: string, label: string): void {
  saved.push([owner, key, (owner as Record<string, unknown>)[key]]);
  (owner as Record<string, unknown>)[key] = (...args: unknown[]) => {
    attempts.push(`${label}(${String(args[0]).slice(0, 80)})`);
    throw new Error(`network access attempted: ${label}`);
  };
}

beforeAll(() => {
  trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(http, 'request', 'http.request');
  trap(http, 'get', 'http.get');
  trap(https, 'request', 'https.request');
  trap(https, 'get', 'https.get');
  trap(dns, 'lookup', 'dns.lookup');
  trap(dns, 'resolve', 'dns.resolve');
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  trap(globalThis, 'fetch', 'fetch');
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const [owner, key, value] of saved.reverse()) (owner as Record<string, unknown>)[key] = value;
  syncBuiltinESMExports();
});

describe('no network access at run time', () => {
  it('the traps work: an attempt is recorded and fails', async () => {
    expect(() => fetch('http://127.0.0.1:9/')).toThrow('network access attempted');
    expect(() => http.get('http://127.0.0.1:9/')).toThrow('network access attempted');
    expect(() => new net.Socket().connect(9, '127.0.0.1')).toThrow('network access attempted');
    expect(attempts).toHaveLength(3);
    attempts.length = 0;
  });

  it('check and merge of the samples attempt nothing', async () => {
    const samples = join(repoRoot, 'samples', 'submissions');
    const roster = join(repoRoot, 'samples', 'roster.csv');
    const out = mkdtempSync(join(tmpdir(), 'unionstat-offline-'));
    const check = recordingEffects();
    expect(await runCli(['check', join(samples, '2025'), '--roster', roster, '--year', '2025', '--report', join(out, '审核结果.xlsx')], check)).toBe(1);
    const merge = recordingEffects();
    const code = await runCli(['merge', '--roster', roster, '--in', join(samples, '2025'), '--prior', join(samples, '2024'), '--out', out, '--year', '2025'], merge);
    expect(merge.stderr.join('\n')).not.toMatch(/意外错误|network access attempted/);
    expect(code).toBe(1);
    expect(readdirSync(out)).toContain('汇总表.xlsx');
    expect(attempts).toEqual([]);
  }, 120_000);

  it('no source of the pipeline, core, add-in or page can reach the network', () => {
    const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|from ['"](node:)?(http|https|http2|net|tls|dns|dgram)['"]|require\(['"](node:)?(http|https|net|tls|dns)['"]\)/;
    // The one exception: a hosted task pane or check page reads spec.json from its own folder on the host that
    // served it (as it loads office.js there), over http(s) only, sending nothing; a file:// page asks for nothing.
    // tests/addin/federation-spec.test.ts holds exactly which URL is asked for.
    const SAME_FOLDER_CONFIG = new Set([join(repoRoot, 'addin', 'taskpane', 'federation-spec.ts')]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|js|html)$/.test(e) && !SAME_FOLDER_CONFIG.has(p) && NETWORK.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    for (const dir of ['core', 'pipeline', 'addin']) walk(join(repoRoot, dir));
    expect(offenders).toEqual([]);
  });
});
