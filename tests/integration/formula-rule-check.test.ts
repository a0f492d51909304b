import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractTemplate } from '../../core/grid/index.js';
import { check } from '../../core/rules/index.js';
import { parseSpec } from '../../core/spec/parse-spec.js';
import { unionBasicV1 } from '../../core/templates/index.js';
import { readWorkbookFast } from '../../core/xlsx/read-workbook-fast.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import { loadSpecFile } from '../../pipeline/io/load-spec.js';
import { buildTemplateWorkbook, fillTemplate, templateLayout } from '../../report/template/index.js';
import { SAMPLE_UNITS, unitFigures } from '../../samples/sample-data.js';

/**
 * A federation's own 审核公式, end to end: written in the spec workbook, the
 * template made from it, filled, saved, read back and checked by the real check.
 */
describe('a spec with a general formula rule', () => {
  const unit = SAMPLE_UNITS[0];
  const header = { unitName: unit.name, unitCode: unit.code, year: 2025, period: '年报', preparer: '张敏', phone: '0999-86000000' };

  it('checks a filled template and quotes the formula with the figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'formula-rule-'));
    // The federation's rule: 农民工 and 新业态 members together at most 90% of all members.
    const own = parseSpec({ ...unionBasicV1, rules: [...unionBasicV1.rules, { id: 'members-90', kind: 'formula', severity: 'hard', formula: 'A07 + A08 <= A05 * 90%' }] });
    if (!own.success) throw new Error(JSON.stringify(own.problems));
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(own.spec));
    const book = join(dir, '指标体系.xlsx');
    expect(await runCli(['spec', join(dir, 'spec.json'), '--out', book], recordingEffects())).toBe(0);
    const spec = await loadSpecFile(book);
    expect(spec.rules.find((r) => r.id === 'members-90')).toEqual({ id: 'members-90', kind: 'formula', severity: 'hard', formula: 'A07 + A08 <= A05 * 90%', tolerance: 0 });

    const current: Record<string, number> = { ...unitFigures(unit, 2025) };
    current.A07 = Math.round(current.A05 * 0.6);
    current.A08 = Math.round(current.A05 * 0.35);
    const wb = buildTemplateWorkbook(spec);
    fillTemplate(wb, spec, { header, current, prior: unitFigures(unit, 2024) });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = readWorkbookFast(bytes, '东城区.xlsx');
    if (!read.ok) throw new Error(read.issue.message.zh);
    const extraction = extractTemplate(spec, read.workbook);
    if (!extraction.ok) throw new Error(extraction.issues.map((i) => i.message.zh).join('\n'));
    const issues = check(spec, extraction.extracted, { collection: { year: 2025, period: 'annual' }, rosterCodes: new Set([unit.code]) }).issues;

    const layout = templateLayout(spec);
    const col = String.fromCharCode(64 + layout.columns.current!);
    const formula = issues.filter((i) => i.ruleId === 'members-90');
    expect(formula).toHaveLength(1);
    expect(formula[0]).toMatchObject({ code: 'formula', severity: 'hard', cell: `${col}${layout.rows.A07}`, column: 'current' });
    expect(formula[0].message.zh).toBe(`A07（${current.A07}） + A08（${current.A08}） <= A05（${current.A05}） * 90%不成立（本年栏）。`);
    // The standard rules see a valid sheet: nothing else is hard.
    expect(issues.filter((i) => i.severity === 'hard').map((i) => i.ruleId)).toEqual(['members-90']);
    expect(readFileSync(book).length).toBeGreaterThan(0);
  });
});
