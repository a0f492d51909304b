import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardSpec } from '../../core/templates/index.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import type { MergeReport } from '../../core/merge/merge-report.js';
import { runMerge } from '../../pipeline/cli/run-merge.js';
import { loadRoster } from '../../pipeline/roster/load-roster.js';

/**
 * The merge of the bundled samples (12 units of 示例市总工会, 2025 against 2024),
 * run as `npm start` runs it, into a folder of its own. The caller removes `out`.
 */
export async function sampleMergeOutcome(): Promise<{ report: MergeReport; out: string; written: string[] }> {
  const out = mkdtempSync(join(tmpdir(), 'unionstat-samples-'));
  try {
    const outcome = await runMerge(
      {
        spec: standardSpec,
        roster: await loadRoster('samples/roster.csv'),
        inputs: ['samples/submissions/2025'],
        prior: 'samples/submissions/2024',
        out,
        jobs: 1,
        header: { preparer: '王芳', phone: '0999-86001234' },
      },
      recordingEffects(),
    );
    return { report: outcome.report, out, written: outcome.written };
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
}
