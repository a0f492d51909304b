import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRosterCsv } from '../../../core/roster/parse-roster-csv.js';
import { canonicalJson, specFingerprint } from '../../../core/spec/spec-fingerprint.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { runCli } from '../../../pipeline/cli/program.js';
import { EXIT } from '../../../pipeline/cli/cli-error.js';
import { runMerge } from '../../../pipeline/cli/run-merge.js';
import { header, validFill } from '../../addin/template-fill.js';
import { changedSpec, changedSpecFill, filledFrom, renamedSpec } from '../../support/changed-spec.js';

const ROSTER = ['代码,名称,上级,类别', '990100,示例市总工会,,本级', '990101,甲区总工会,990100,县区', '990102,乙县总工会,990100,县区', '990103,丙区总工会,990100,县区'].join('\n');

async function write(path: string, spec: TemplateSpec, code: string, name: string, fill = validFill): Promise<void> {
  const wb = await filledFrom(spec, { ...fill, header: { ...header, unitCode: code, unitName: name } });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('unionstat checks each file by the federation’s spec and names another version of it', () => {
  const root = mkdtempSync(join(tmpdir(), 'unionstat-spec-version-'));
  const inDir = join(root, 'in');
  const changedJson = join(root, 'spec-v2.json');

  beforeAll(async () => {
    mkdirSync(inDir, { recursive: true });
    // Made from version 2 (C11 more, a tighter threshold): every standard indicator is in it unchanged.
    await write(join(inDir, '甲区.xlsx'), changedSpec, '990101', '甲区总工会', changedSpecFill());
    // Made from version 3, where A05 means something else.
    await write(join(inDir, '乙县.xlsx'), renamedSpec, '990102', '乙县总工会');
    await write(join(inDir, '丙区.xlsx'), standardSpec, '990103', '丙区总工会');
    writeFileSync(changedJson, canonicalJson(changedSpec));
  });

  it('check: a file of another version is reported as such, with the version, fingerprint and what differs', async () => {
    const effects = recordingEffects();
    const code = await runCli(['check', inDir, '--json'], effects);
    const files = JSON.parse(effects.stdout.join('\n')).files as { file: string; counts: { hard: number; soft: number }; issues: { code: string; severity: string; values: Record<string, unknown>; message: { zh: string } }[] }[];
    const byFile = Object.fromEntries(files.map((f) => [f.file, f]));
    expect(byFile['甲区.xlsx'].issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['soft spec-meta.other-version-compatible']);
    expect(byFile['甲区.xlsx'].issues[0].values).toMatchObject({ foundVersion: 2, version: 1, foundFingerprint: specFingerprint(changedSpec), fingerprint: specFingerprint(standardSpec) });
    // Checked by the federation's threshold (30 %), not the file's (20 %): its A04 and A05 up 25 % pass.
    expect(byFile['乙县.xlsx'].issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['hard spec-meta.other-version']);
    expect(byFile['乙县.xlsx'].issues[0].message.zh).toContain('两版的统计表不同：A05 由“工会会员人数（含离退休）”改名为“工会会员数”。');
    expect(byFile['丙区.xlsx'].issues).toEqual([]);
    expect(code).toBe(1);

    const text = recordingEffects();
    await runCli(['check', join(inDir, '乙县.xlsx')], text);
    expect(text.stdout.join('\n')).toContain(`[强制性] -  该文件由“工会基本情况统计表”第 3 版（指纹 ${specFingerprint(renamedSpec)}）生成，本次收集使用第 1 版`);
  });

  it('check --spec: the federation on version 2 sends a standard file back, naming the indicator it lacks and the changed check', async () => {
    const effects = recordingEffects();
    const code = await runCli(['check', join(inDir, '丙区.xlsx'), '--spec', changedJson], effects);
    const out = effects.stdout.join('\n');
    expect(out).toContain('两版的统计表不同：新增指标 C11“金秋助学学生人数”；审核 历史变动（计数、金额、比率） 的变动幅度上限（%）（30 → 20）改变。');
    expect(out).toContain('请下载本次下发的模板（第 2 版），把数字填入新模板后重新报送。');
    expect(code).toBe(1);
    // The file made from version 2 itself checks by version 2 with no word about versions.
    const own = recordingEffects();
    await runCli(['check', join(inDir, '甲区.xlsx'), '--spec', changedJson, '--json'], own);
    const issues = JSON.parse(own.stdout.join('\n')).files[0].issues as { code: string }[];
    expect(issues.map((i) => i.code)).toEqual(['historical.percent', 'historical.percent']);
  });

  it('merge: a file whose table differs is left out and listed for 退改 with the differences; one whose table agrees is summed, flagged', async () => {
    const parsed = parseRosterCsv(ROSTER);
    if (!parsed.ok) throw new Error('roster');
    const { report } = await runMerge({ spec: standardSpec, roster: parsed.roster, inputs: [inDir], out: join(root, 'out') }, recordingEffects());
    const status = Object.fromEntries(report.statuses.map((s) => [s.code, s.status]));
    expect(status).toEqual({ '990101': 'needs-explanation', '990102': 'hard-issues', '990103': 'reported' });
    const sent = report.files.find((f) => f.file === '乙县.xlsx')!;
    expect(sent.outcome).toBe('rejected');
    expect(sent.issues.map((i) => i.code)).toEqual(['spec-meta.other-version']);
    expect(report.summary.total.units).toBe(2);
    // 甲区's table is summed by the federation's indicators; its C11 is not one of them.
    expect(report.summary.total.figures.C11).toBeUndefined();
    expect(report.summary.total.figures.A04.current).toBe(changedSpecFill().current!.A04 as number + (validFill.current!.A04 as number));
  });

  it('merge --spec of version 2 over files of version 1 that carry no spec: the stop names them, not only the missing year', async () => {
    // The sample files predate carried specs: by version 2 they are another template version, none is read, no year.
    const samples = join(process.cwd(), 'samples');
    const effects = recordingEffects();
    const code = await runCli(['merge', '--roster', join(samples, 'roster.csv'), '--in', join(samples, 'submissions/2025'), '--out', join(root, 'out-v2'), '--spec', changedJson], effects);
    const said = effects.stderr.join('\n');
    // As every merge that cannot tell the year: the command was given too little (exit 2, nothing written).
    expect(code).toBe(EXIT.usage);
    expect(said).toContain('无法确定统计年度');
    expect(said).toMatch(/其中 \d+ 份报表是按本模板的其他版本（第 1 版）填写的，按第 2 版汇总时不予读取。/);
    expect(said).toContain('--year');
    const english = recordingEffects('en');
    await runCli(['merge', '--roster', join(samples, 'roster.csv'), '--in', join(samples, 'submissions/2025'), '--out', join(root, 'out-v2-en'), '--spec', changedJson], english);
    expect(english.stderr.join('\n')).toMatch(/\d+ of the files were made from another version of this template \(version 1\)/);
  });
});
