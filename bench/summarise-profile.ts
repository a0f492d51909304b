/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went:
 * self time by module file and by function, and total (inclusive) time of
 * the functions named on the command line.
 *
 * Usage: node summarise-profile.js <file.cpuprofile> [top=25] [fn …]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText, ...inclusiveNames] = process.argv.slice(2);
const top = Number(topText ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

const short = (url: string) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'nm:').replace(/.*\/dist\/node\//, '');
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const [id, ms] of self) {
  const f = byId.get(id)!.callFrame;
  total += ms;
  const mod = f.url ? short(f.url).replace(/^nm:([^/]+(\/[^/]+)?)\/.*/, (_m, pkg: string) => `nm:${pkg.startsWith('@') ? pkg : pkg.split('/')[0]}`) : `(${f.functionName || 'native'})`;
  add(byModule, mod, ms);
  add(byFunction, `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}`, ms);
}
const print = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}\n`);
};
process.stdout.write(`total sampled ${total.toFixed(0)} ms\n`);
print('self time by module', byModule);
print('self time by function', byFunction);
if (inclusiveNames.length) {
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (inclusiveNames.includes(name) && !seen.has(name)) {
        seen.add(name);
        add(inclusive, name, ms);
      }
    }
  }
  print('inclusive time', inclusive);
}
