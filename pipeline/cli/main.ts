#!/usr/bin/env node
import { processEffects } from './effects.js';
import { limitHeapGrowth } from './heap-growth.js';
import { runCli } from './program.js';

limitHeapGrowth();

const args = process.argv.slice(2);
const lang = args[args.indexOf('--lang') + 1] === 'en' && args.includes('--lang') ? 'en' : 'zh';
runCli(args, processEffects(lang)).then((code) => {
  // A write error reported after the command ended (see processEffects) may have set a higher code already.
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
});
