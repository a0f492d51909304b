/**
 * core's priorFromReads, the one rule for last year's accepted figures (the 汇总
 * page's templates and `unionstat template --prior 文件夹` both use it): the 2024
 * samples' figures and sources, a unit whose first file breaks a hard rule taking
 * its next, clean file; and the CLI's folder reading wired to it.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentProgress } from '../../core/merge/progress.js';
import { priorFromReads } from '../../core/prefill/index.js';
import { standardSpec } from '../../core/templates/index.js';
import { findWorkbooks } from '../../pipeline/read/find-workbooks.js';
import { readPriorFigures } from '../../pipeline/read/read-prior-figures.js';
import { readCheckedSubmissions } from '../../pipeline/read/read-submissions.js';
import { buildTemplateWorkbook, fillTemplate } from '../../report/template/index.js';
import { enteredFigures } from '../support/entered-figures.js';

const root = process.cwd();
const work = join(root, 'tests/.tmp/prior-from-reads');

describe('priorFromReads', () => {
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(root, 'samples/submissions/2024'), work, { recursive: true });
    // Sorted before 东城区's own file: 已建会 (A02) above 应建会 (A01) is a hard issue, so this file must not count.
    const wrong = { ...enteredFigures(3), A02: 400 };
    const wb = buildTemplateWorkbook(standardSpec);
    fillTemplate(wb, standardSpec, { header: { unitName: '示例市东城区总工会', unitCode: '990101', year: 2024, period: '年报' }, current: wrong, prior: wrong });
    writeFileSync(join(work, '000-东城区-有误.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it('gives the figures and sources `unionstat template --prior 文件夹` takes, skipping a file with a hard issue', async () => {
    const found = await findWorkbooks([work]);
    expect(found.workbooks[0].name).toBe('000-东城区-有误.xlsx');
    const reads = await readCheckedSubmissions(standardSpec, found.workbooks, { context: {} }, silentProgress);
    const page = priorFromReads(reads);
    const cli = await readPriorFigures(standardSpec, work, silentProgress);
    if (!cli.ok) throw new Error(`the CLI could not read ${work}: ${cli.problem}`);
    expect(page).toEqual(cli.figures);
    expect(Object.keys(page.byUnit)).toHaveLength(12);
    expect(page.sources['990101']).toBe('示例市东城区总工会2024年报.xlsx');
    expect(page.byUnit['990101'].A02).not.toBe(400);
    expect(page.byUnit['990101'].A02).toBeLessThanOrEqual(page.byUnit['990101'].A01);
  });
});
