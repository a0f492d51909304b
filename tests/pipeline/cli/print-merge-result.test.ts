import { standardSpec } from '../../../core/templates/index.js';
import { recordingEffects } from '../../../pipeline/cli/effects.js';
import { formatTable } from '../../../pipeline/cli/format-table.js';
import { LIST_EVERY_UNIT_UP_TO, printMergeResult } from '../../../pipeline/cli/print-merge-result.js';
import type { MergeReport, UnitStatusRow } from '../../../core/merge/merge-report.js';
import type { MergeOutcome } from '../../../pipeline/cli/run-merge.js';
import { sampleMergeReport } from '../../support/sample-merge-report.js';
import stringWidth from 'string-width';

/** The rest of a terminal line from display column `column` on. */
function fromColumn(line: string, column: number): string {
  let used = 0;
  let i = 0;
  for (const ch of line) {
    if (used >= column) break;
    used += stringWidth(ch);
    i += ch.length;
  }
  return line.slice(i);
}

function outcome(report: MergeReport): MergeOutcome {
  return { exitCode: 1, report, written: ['out/汇总表.xlsx'], timings: { total: 12 } };
}

/** The sample report with `extra` more units that reported cleanly. */
function withQuietUnits(extra: number): MergeReport {
  const report = sampleMergeReport();
  const quiet: UnitStatusRow[] = Array.from({ length: extra }, (_, i) => ({
    code: String(200000 + i),
    name: `第${i + 1}县总工会`,
    kind: '县区',
    status: 'reported',
    files: [`第${i + 1}县总工会.xlsx`],
    counts: { hard: 0, soft: 0, explained: 0 },
    included: true,
  }));
  return { ...report, statuses: [...report.statuses, ...quiet] };
}

describe('printMergeResult', () => {
  test('a city: every unit is listed, with its status in words', () => {
    const report = sampleMergeReport();
    const effects = recordingEffects();
    printMergeResult(outcome(report), standardSpec, effects);
    const table = effects.stdout.slice(1, 3 + report.statuses.length);
    expect(table[0]).toMatch(/^单位代码\s+单位名称\s+类别\s+状态/);
    for (const s of report.statuses) expect(table.some((line) => line.includes(s.name))).toBe(true);
    expect(effects.stdout.join('\n')).toContain('110201    市直机关工会');
    expect(effects.stdout.join('\n')).not.toContain('未逐一列出');
  });

  test('units to chase carry their 填报人 and 联系电话 (this year’s file, else last year’s), as 报送情况.xlsx does', () => {
    const report = sampleMergeReport();
    const effects = recordingEffects();
    printMergeResult(outcome(report), standardSpec, effects);
    const [head, , ...rows] = effects.stdout.slice(1, 3 + report.statuses.length);
    expect(head.split(/\s{2,}/)).toEqual(['单位代码', '单位名称', '类别', '状态', '填报人', '联系电话', '强制性', '提示性', '已说明', '文件']);
    const cells = (code: string) => rows.find((line) => line.startsWith(`${code} `))!.split(/\s{2,}/);
    // 河西区 sent nothing this year: last year's contact, to chase it.
    expect(cells('110103').slice(3, 6)).toEqual(['未报', '王红', '010-69876543']);
    // 市直机关 named a phone but no 填报人: the phone stands in its column, the 填报人 cell stays empty.
    const direct = rows.find((line) => line.startsWith('110201 '))!;
    // Columns line up by display width (a Chinese character takes two): the phone starts where its head does.
    const phoneAt = stringWidth(head.slice(0, head.indexOf('联系电话')));
    expect(fromColumn(direct, phoneAt).startsWith('010-66660000')).toBe(true);
    expect(direct).not.toMatch(/王红|李明|赵丽/);
    const strangers = rows.find((line) => line.includes('某某协会工会'))!;
    expect(strangers).not.toMatch(/\d{3}-\d{7,8}/);
  });

  test('English heads for the contact columns', () => {
    const effects = recordingEffects('en');
    printMergeResult(outcome(sampleMergeReport()), standardSpec, effects);
    expect(effects.stdout[1].split(/\s{2,}/).slice(3, 6)).toEqual(['Status', 'Preparer', 'Phone']);
    expect(effects.stdout.join('\n')).toMatch(/110103 .*王红\s+010-69876543/);
  });

  test('a province: only units with something to chase are listed, and the rest are counted', () => {
    const extra = LIST_EVERY_UNIT_UP_TO + 40;
    const report = withQuietUnits(extra);
    const effects = recordingEffects();
    printMergeResult(outcome(report), standardSpec, effects);
    const out = effects.stdout.join('\n');
    const chase = report.statuses.filter((s) => s.status !== 'reported');
    for (const s of chase) expect(out).toContain(s.name);
    expect(out).not.toContain('第1县总工会');
    const quiet = report.statuses.length - chase.length;
    expect(out).toContain(`另有 ${quiet} 家单位已报、无待办事项，未逐一列出`);
  });

  test('English', () => {
    const effects = recordingEffects('en');
    printMergeResult(outcome(withQuietUnits(LIST_EVERY_UNIT_UP_TO)), standardSpec, effects);
    expect(effects.stdout.join('\n')).toMatch(/\d+ more units reported with nothing to chase/);
  });
});

describe('formatTable', () => {
  test('pads by display width: a Chinese character takes two columns', () => {
    const lines = formatTable(['代码', '名称'], [['1', '东城区总工会'], ['22', 'ab']]);
    expect(lines[0]).toBe('代码  名称');
    expect(lines[2]).toBe('1     东城区总工会');
    expect(lines[3]).toBe('22    ab');
  });

  test('clips long cells to the width with an ellipsis', () => {
    const [, , row] = formatTable(['x'], [['一二三四五六']], 7);
    expect(row).toBe('一二三…');
  });
});
