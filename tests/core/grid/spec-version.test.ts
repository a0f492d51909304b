import { extractTemplate, workbookSpec, type Extracted, type ExtractResult } from '../../../core/grid/index.js';
import type { Issue } from '../../../core/issues/issue.js';
import { diffSpecs, describeSpecDiff } from '../../../core/spec/diff-specs.js';
import { embeddedSpecRows } from '../../../core/spec/embed-spec.js';
import { specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';
import { changedSpec, renamedSpec } from '../../support/changed-spec.js';
import { englishIn } from '../../support/english-in-chinese.js';
import { memoryWorkbook, standardGrid, testGrid } from '../../support/memory-grid.js';

const where = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} @${i.cell ?? '-'}`);

function extracted(result: ExtractResult): Extracted {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => i.code).join('; ')}`);
  return result.extracted;
}

/** The `_meta` sheet a template made from `spec` has. */
const metaOf = (spec: TemplateSpec, edit: (rows: [string, string | number][]) => void = () => {}) => {
  const rows: [string, string | number][] = [['templateId', spec.id], ['version', spec.version], ['fingerprint', specFingerprint(spec)], ...embeddedSpecRows(spec)];
  edit(rows);
  return testGrid('_meta', rows);
};

/** A workbook filled from a template made from `spec`. */
const madeFrom = (spec: TemplateSpec, edit?: (rows: [string, string | number][]) => void) => memoryWorkbook([standardGrid(spec), metaOf(spec, edit)], ['_meta']);

describe('diffSpecs', () => {
  it('names indicators added, removed, renamed, recoded and changed, and rules changed', () => {
    const recoded = { ...standardSpec, indicators: standardSpec.indicators.map((i) => (i.code === 'C09' ? { ...i, code: 'C19' } : i)) };
    expect(describeSpecDiff(diffSpecs(standardSpec, recoded as TemplateSpec)).zh).toBe('“当年解困脱困户数”的代码由 C09 改为 C19');
    const d = diffSpecs(standardSpec, changedSpec);
    expect(d.items.map((i) => i.kind)).toEqual(['indicator-added', 'rule-changed']);
    expect(describeSpecDiff(d).zh).toBe('新增指标 C11“金秋助学学生人数”；审核 历史变动（计数、金额、比率） 的变动幅度上限（%）（30 → 20）改变');
    expect(describeSpecDiff(d).en).toBe('indicator C11 "Students aided" added; check change on last year (count, amount, rate): largest change (%) (30 → 20) changed');
    expect(d).toMatchObject({ tableCompatible: false, changedCodes: ['C11'], foreignCodes: [] });
    // The other way round: the federation dropped C11; every standard indicator is in the file unchanged.
    expect(diffSpecs(changedSpec, standardSpec)).toMatchObject({ tableCompatible: true, changedCodes: [], foreignCodes: ['C11'] });
    const unit = { ...standardSpec, indicators: standardSpec.indicators.map((i) => (i.code === 'C02' ? { ...i, unit: { zh: '元', en: 'yuan' }, decimals: 0 } : i)) };
    expect(describeSpecDiff(diffSpecs(standardSpec, unit as TemplateSpec)).zh).toBe('C02“送温暖资金”的计量单位（万元 → 元）、小数位（2 → 0）改变');
    expect(describeSpecDiff(diffSpecs(standardSpec, renamedSpec)).zh).toBe('A05 由“工会会员数”改名为“工会会员人数（含离退休）”');
  });
});

describe('extractTemplate: a file made from another version of the spec', () => {
  it('of this very spec: read as always, nothing said', () => {
    const x = extracted(extractTemplate(standardSpec, madeFrom(standardSpec)));
    expect(x.issues).toEqual([]);
    expect(x.meta?.embedded?.parts).toHaveLength(1);
  });

  it('whose table holds every indicator unchanged: read and summed, with a soft issue naming the version and the differences', () => {
    const x = extracted(extractTemplate(standardSpec, madeFrom(changedSpec)));
    expect(where(x.issues)).toEqual(['soft spec-meta.other-version-compatible @-']);
    expect(x.issues[0].message.zh).toBe(
      `该文件由“工会基本情况统计表”第 2 版（指纹 ${specFingerprint(changedSpec)}）生成，本次收集使用第 1 版（指纹 ${specFingerprint(standardSpec)}）。` +
        '两版统计表的指标相同，已按现行指标体系审核并计入汇总；两版的差别：删去指标 C11“金秋助学学生人数”；审核 历史变动（计数、金额、比率） 的变动幅度上限（%）（20 → 30）改变。',
    );
    expect(englishIn(x.issues[0])).toEqual([]);
    expect(Object.keys(x.rows)).toHaveLength(30);
  });

  it('whose table differs: a hard issue with the differences, and the rows whose meaning differs are not read', () => {
    const x = extracted(extractTemplate(changedSpec, madeFrom(standardSpec)));
    expect(where(x.issues)).toEqual(['hard spec-meta.other-version @-']);
    expect(x.issues[0].values).toMatchObject({ foundVersion: 1, version: 2, foundFingerprint: specFingerprint(standardSpec), fingerprint: specFingerprint(changedSpec), changeCount: 2 });
    expect(x.issues[0].message.zh).toContain('两版的统计表不同：新增指标 C11“金秋助学学生人数”；审核 历史变动（计数、金额、比率） 的变动幅度上限（%）（30 → 20）改变。');
    expect(x.issues[0].hint.zh).toBe('请下载本次下发的模板（第 2 版），把数字填入新模板后重新报送。');
    expect(x.rows.C11).toBeUndefined();
    const renamed = extracted(extractTemplate(standardSpec, madeFrom(renamedSpec)));
    expect(where(renamed.issues)).toEqual(['hard spec-meta.other-version @-']);
    expect(renamed.rows.A05).toBeUndefined();
    expect(renamed.rows.A04).toBeDefined();
    expect(renamed.unitCode).toBe('320101');
  });

  it('refuses a file whose carried spec was tampered with or is garbled, with its own words', () => {
    const tampered = extractTemplate(standardSpec, madeFrom(changedSpec, (rows) => (rows[2][1] = specFingerprint(standardSpec))));
    expect(tampered.ok).toBe(false);
    if (tampered.ok) return;
    expect(where(tampered.issues)).toEqual(['hard spec-meta.tampered @-']);
    expect(tampered.issues[0].message.zh).toBe('模板隐藏工作表 _meta 中自带的指标体系与其指纹或版本号不符（被改动过），不能据以审核。');
    const garbled = extractTemplate(standardSpec, madeFrom(changedSpec, (rows) => (rows[5][1] = String(rows[5][1]).slice(0, 400))));
    expect(garbled.ok || where(garbled.issues)).toEqual(['hard spec-meta.garbled @-']);
    const big = extractTemplate(standardSpec, madeFrom(changedSpec, (rows) => (rows[4][1] = '99999999')));
    expect(big.ok || where(big.issues)).toEqual(['hard spec-meta.too-large @-']);
    expect(big.ok || big.issues[0].message.zh).toBe('模板隐藏工作表 _meta 中自带的指标体系声明为 99999999 字节，超过上限 1048576 字节，未读取。');
  });

  it('a template of this spec whose carried spec was garbled is still read by the federation (it checks by its own spec)', () => {
    const x = extracted(extractTemplate(standardSpec, madeFrom(standardSpec, (rows) => (rows[5][1] = 'garbled'))));
    expect(x.issues).toEqual([]);
  });
});

describe('workbookSpec: what the add-in and the page check a workbook by', () => {
  it('the spec the workbook carries; the fallback when it carries none; a refusal when it cannot be trusted', () => {
    const own = workbookSpec(madeFrom(changedSpec), standardSpec);
    expect(own).toMatchObject({ ok: true, source: 'embedded', fingerprint: specFingerprint(changedSpec) });
    expect(own.ok && own.spec).toEqual(changedSpec);
    const old = workbookSpec(memoryWorkbook([standardGrid(standardSpec), testGrid('_meta', [['templateId', 'union-basic'], ['version', 1]])]), standardSpec);
    expect(old).toEqual({ ok: true, spec: standardSpec, source: 'fallback' });
    expect(workbookSpec(memoryWorkbook([standardGrid(standardSpec)]), changedSpec)).toEqual({ ok: true, spec: changedSpec, source: 'fallback' });
    const bad = workbookSpec(madeFrom(changedSpec, (rows) => (rows[5][1] = 'garbled')), standardSpec);
    expect(bad.ok || bad.issue.code).toBe('spec-meta.garbled');
  });
});
