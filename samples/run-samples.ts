/**
 * `npm start`: the federation's main job on the bundled samples — check every
 * 2025 submission against the roster, merge, compare with 2024, and write the
 * summary tables, the report, 报送情况 and the feedback to each unit into out/.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processEffects } from '../pipeline/cli/effects.js';
import { runCli } from '../pipeline/cli/program.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const rel = (p: string) => relative(process.cwd(), join(root, p)) || '.';
const args = [
  'merge',
  '--roster', rel('samples/roster.csv'),
  '--in', rel('samples/submissions/2025'),
  '--prior', rel('samples/submissions/2024'),
  '--out', rel('out'),
  // The federation's own 填报人 and 联系电话 come from the roster's 本级 row.
  '--feedback',
  ...process.argv.slice(2),
];
process.stderr.write(`unionstat ${args.join(' ')}\n\n`);
runCli(args, processEffects(process.argv.includes('--lang') && process.argv.includes('en') ? 'en' : 'zh')).then((code) => {
  // The samples contain a unit with hard errors on purpose: that is exit 1 for
  // `unionstat merge`, but `npm start` succeeded when it wrote the outputs.
  process.exitCode = code === 1 ? 0 : code;
});
