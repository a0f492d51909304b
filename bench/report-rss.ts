/**
 * Preloaded (`node --import`) into every Node contender the bench runs, so the
 * real entry point runs unchanged and still reports its peak memory: at exit,
 * writes `{ maxRssKiB }` to the file named by BENCH_RSS_FILE. resourceUsage
 * covers the whole process, worker threads included.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
  });
}
