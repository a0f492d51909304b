#!/usr/bin/env node
import { processEffects } from './effects.js';
import { runCli } from './program.js';

const args = process.argv.slice(2);
const lang = args[args.indexOf('--lang') + 1] === 'en' && args.includes('--lang') ? 'en' : 'zh';
runCli(args, processEffects(lang)).then((code) => {
  process.exitCode = code;
});
