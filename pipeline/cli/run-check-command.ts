import { countIssues, issueAddress } from '../../core/issues/issue.js';
import { check } from '../../core/rules/check.js';
import type { CheckContext } from '../../core/rules/check-context.js';
import { loadSpecFile } from '../io/load-spec.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readSubmissions } from '../read/read-submissions.js';
import { buildCheckReportXlsx, type CheckReportFile } from '../../report/build-check-report-xlsx.js';
import { loadRoster } from '../roster/load-roster.js';
import { EXIT } from './cli-error.js';
import { CheckCliOptions } from './check-command.js';
import { parseOptions } from './cli-options.js';
import type { Effects } from './effects.js';
import { findInputs } from './find-inputs.js';
import { formatTable } from './format-table.js';
import { terminalProgress } from './terminal-progress.js';

export interface CheckedFile extends CheckReportFile {
  sha256: string;
}

const SEVERITY = { hard: { zh: '强制性', en: 'hard' }, soft: { zh: '提示性', en: 'soft' } } as const;

/** `unionstat check`: exit 0 when no file has a hard issue, 1 when any does, 2 on usage errors. */
export async function runCheckCommand(raw: unknown, effects: Effects): Promise<number> {
  const options = parseOptions(CheckCliOptions, raw);
  const spec = await loadSpecFile(options.spec);
  const roster = options.roster ? await loadRoster(options.roster) : undefined;
  const found = await findInputs(options.paths);
  const subs = await readSubmissions(spec, found.workbooks, { reader: options.reader }, terminalProgress({ ...effects, isTTY: effects.isTTY && !options.json }));
  const context: CheckContext = {};
  if (roster) context.rosterCodes = new Set(roster.units.map((u) => u.code));
  if (options.year) context.collection = { year: options.year, period: options.period ?? 'annual' };

  const results: CheckedFile[] = subs.map((s) => {
    if (!s.extracted) {
      return { file: s.file.name, sha256: s.sha256, outcome: s.failure ?? 'unreadable', counts: countIssues(s.failureIssues), issues: s.failureIssues };
    }
    const result = check(spec, s.extracted, context);
    return {
      file: s.file.name,
      sha256: s.sha256,
      outcome: 'checked',
      unitCode: s.extracted.unitCode,
      unitName: s.extracted.unitName,
      sheet: s.extracted.sheet,
      counts: result.counts,
      issues: result.issues,
    };
  });

  if (options.report) {
    await writeFileAtomic(options.report, await buildCheckReportXlsx(results));
  }
  const lang = effects.lang;
  if (options.json) {
    effects.out(JSON.stringify({ spec: { id: spec.id, version: spec.version }, files: results, skipped: found.skipped.map((s) => ({ file: s.name, reason: s.reason })) }, null, 2));
  } else {
    printCheck(results, effects);
    for (const s of found.skipped) effects.err(lang === 'en' ? `Skipped ${s.name} (${s.reason})` : `已跳过 ${s.name}（${{ 'lock-file': 'Office 临时锁定文件', hidden: '隐藏文件', 'not-workbook': '不是工作簿', 'not-regular': '不是普通文件，是管道、设备或套接字' }[s.reason]}）`);
    if (options.report) effects.out(lang === 'en' ? `Report written: ${options.report}` : `审核结果已写入：${options.report}`);
  }
  return results.some((r) => r.counts.hard > 0) ? EXIT.hardIssues : EXIT.ok;
}

function printCheck(results: CheckedFile[], effects: Effects): void {
  const en = effects.lang === 'en';
  const lang = effects.lang;
  const head = en ? ['File', 'Unit', 'Hard', 'Soft', 'Explained', 'First issue'] : ['文件', '单位', '强制性', '提示性', '已说明', '首要问题'];
  const rows = results.map((r) => {
    const first = r.issues.find((i) => i.status === 'open') ?? r.issues[0];
    return [
      r.file,
      r.unitCode ? `${r.unitName ?? ''}（${r.unitCode}）` : en ? '(unknown)' : '（无法识别）',
      String(r.counts.hard),
      String(r.counts.soft),
      String(r.counts.explained),
      first ? `${issueAddress(first) ? `${issueAddress(first)} ` : ''}${first.message[lang]}` : en ? 'OK' : '通过',
    ];
  });
  for (const line of formatTable(head, rows, 60)) effects.out(line);
  for (const r of results) {
    if (r.issues.length === 0) continue;
    effects.out('');
    effects.out(`${r.file}${r.unitCode ? `（${r.unitName ?? ''} ${r.unitCode}）` : ''}`);
    for (const issue of r.issues) {
      const sev = issue.status === 'explained' ? (en ? 'explained' : '已说明') : SEVERITY[issue.severity][lang];
      effects.out(`  [${sev}] ${issueAddress(issue) || '-'}  ${issue.message[lang]}`);
      if (issue.status === 'explained') effects.out(`      ${en ? 'Explanation' : '说明'}：${issue.explanation}`);
      else effects.out(`      ${en ? 'Fix' : '改法'}：${issue.hint[lang]}`);
      for (const c of issue.consequences ?? []) effects.out(`      ${en ? 'Which also gives' : '由此导致'}：${c.message[lang]}`);
    }
  }
  const hard = results.filter((r) => r.counts.hard > 0).length;
  effects.out('');
  effects.out(en ? `${results.length} file(s) checked; ${hard} with hard issues.` : `共审核 ${results.length} 个文件，其中 ${hard} 个有强制性错误。`);
}
