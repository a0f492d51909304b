import { consolidate } from '../../core/consolidate/consolidate.js';
import { reconcile } from '../../core/consolidate/reconcile.js';
import type { UnitValues } from '../../core/consolidate/summary-model.js';
import { compactCellList } from '../../core/grid/compact-cell-list.js';
import { finishCheck } from '../../core/rules/check.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { CliError, EXIT } from './cli-error.js';
import type { Effects } from './effects.js';
import { startWorkbookThread, type WorkbookBuilder } from '../write/workbook-thread.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { Roster } from '../../core/roster/roster-schema.js';
import { decideStatuses, type CheckedSubmission } from '../../core/merge/decide-statuses.js';
import { findWorkbooks } from '../read/find-workbooks.js';
import type { MergeReport, SourceRow } from '../../core/merge/merge-report.js';
import { readLastYear, type LastYear } from '../read/read-last-year.js';
import { readCheckedSubmissions } from '../read/read-submissions.js';
import { decideCollection } from '../../core/merge/decide-collection.js';

export interface MergeOptions {
  spec: TemplateSpec;
  roster: Roster;
  inputs: string[];
  out: string;
  prior?: string;
  year?: number;
  period?: 'annual' | 'half';
  reader?: 'fast' | 'exceljs';
  /** Worker threads for reading; 0 or 1 reads in this thread. */
  jobs?: number;
  /** The federation's own header fields for its 汇总 sheet (itself a submission to the level above). */
  header?: { preparer?: string; phone?: string; head?: string };
}

export interface MergeOutcome {
  exitCode: number;
  report: MergeReport;
  written: string[];
  timings: Record<string, number>;
}

/**
 * The federation's main job: find every submission, read and check it against
 * the roster, decide each unit's status, merge the accepted ones (rates
 * recomputed from summed parts), compute 同比, reconcile, and write the outputs.
 * One bad file never stops the batch; a summary that does not reconcile stops
 * the run before anything is written.
 */
export async function runMerge(options: MergeOptions, effects: Effects, workbook: WorkbookBuilder = startWorkbookThread()): Promise<MergeOutcome> {
  // The workbook thread, started by the caller (as early as it can) or here, loads exceljs while the files are read.
  try {
    return await merge(options, effects, workbook);
  } finally {
    workbook.dispose();
  }
}

type Lap = (name: string, since: number) => number;

async function merge(options: MergeOptions, effects: Effects, workbook: WorkbookBuilder): Promise<MergeOutcome> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const lap: Lap = (name, since) => {
    timings[name] = Date.now() - since;
    return Date.now();
  };
  // Built in its own function so that what was kept of each submission is garbage before the outputs are
  // built: the report holds values, statuses and issues only.
  const report = await buildReport(options, effects, lap);
  const t = Date.now();
  timings.total = Date.now() - started;
  const written = await writeOutputs(report, options.spec, options.out, {
    startedAt: new Date(started).toISOString(),
    timings,
    inputs: report.files.map((f) => ({ file: f.file, sha256: f.sha256, bytes: f.bytes })),
    xlsx: { header: Object.fromEntries(Object.entries(options.header ?? {}).filter(([, v]) => v)) },
    lang: effects.lang,
    workbook,
  });
  lap('write', t);
  timings.total = Date.now() - started;

  // Exit 1 whenever staff have something to chase: a file left out of the totals for any reason.
  const needsAction = new Set(['hard-issues', 'duplicate', 'unreadable', 'not-in-roster']);
  const anyHard = report.statuses.some((s) => needsAction.has(s.status));
  return { exitCode: anyHard ? EXIT.hardIssues : EXIT.ok, report, written, timings };
}

async function buildReport(options: MergeOptions, effects: Effects, lap: Lap): Promise<MergeReport> {
  const { spec, roster } = options;
  let t = Date.now();

  const found = await findWorkbooks(options.inputs);
  if (found.workbooks.length === 0) {
    effects.err(effects.lang === 'en' ? 'No workbooks found in the input folder.' : '输入文件夹中没有找到工作簿。');
  }
  t = lap('find', t);
  // Last year first: each submission is checked against it where it is read.
  const lastYear: LastYear = options.prior
    ? await readLastYear(spec, options.prior, roster.federation.code, { reader: options.reader, jobs: options.jobs }, effects)
    : { byUnit: {}, sources: {} };
  t = lap('readPrior', t);

  const context = { rosterCodes: roster.units.map((u) => u.code), lastYear: options.prior ? lastYear : undefined };
  const submissions = await readCheckedSubmissions(spec, found.workbooks, { reader: options.reader, jobs: options.jobs, context }, effects);
  t = lap('read', t);

  // The collection is known once every file is read; only the rules comparing a header with it were left.
  const collection = decideCollection(submissions.flatMap((s) => (s.kept ? [s.kept.check.header] : [])), options.year, options.period);
  const checked: CheckedSubmission[] = submissions.map((s) => (s.kept ? { ...s, result: finishCheck(spec, s.kept.check, collection) } : s));
  t = lap('check', t);

  const decision = decideStatuses(roster, checked);
  // One lookup per unit: a scan of the roster per unit is quadratic at national scale.
  const rosterUnit = new Map(roster.units.map((u) => [u.code, u]));
  const units: UnitValues[] = decision.accepted.map((s) => {
    const kept = s.kept!;
    const code = kept.unitCode!;
    const listed = rosterUnit.get(code);
    return {
      unitCode: code,
      unitName: listed?.name ?? kept.unitName ?? code,
      kind: listed!.kind,
      source: { file: s.file.name, sheet: kept.check.header.sheet, sha256: s.sha256 },
      current: s.result!.values.current,
      prior: s.result!.values.prior,
      cells: kept.currentCells,
    };
  });

  const summary = consolidate({
    spec,
    year: collection.year,
    period: collection.period,
    federation: roster.federation,
    units,
    lastYear: options.prior ? { byUnit: lastYear.byUnit, total: lastYear.total } : undefined,
  });
  const problems = reconcile(summary, units, spec);
  if (problems.length > 0) {
    const list = problems.map((p) => `  ${p.group} ${p.indicator} ${p.column}: ${p.expected} ≠ ${p.actual}`).join('\n');
    throw new CliError(
      `汇总结果核对不平，未写出任何文件（报告中的错表比没有表更糟）：\n${list}\n这是程序错误，请把 run 目录和输入文件交给技术支持。`,
      `The summary does not reconcile; nothing was written:\n${list}\nThis is a bug: send the inputs to support.`,
      EXIT.internal,
    );
  }
  t = lap('consolidate', t);

  const sources: SourceRow[] = units.map((u) => {
    const cells = spec.indicators.map((ind) => u.cells[ind.code]).filter((c): c is string => Boolean(c));
    return {
      unitCode: u.unitCode,
      file: u.source.file,
      sheet: u.source.sheet,
      cells: compactCellList(cells),
      indicators: cells.length,
      sha256: u.source.sha256,
    };
  });
  const notes: MergeReport['notes'] = [...(summary.notes ?? [])];
  if (!options.prior) {
    notes.push({
      zh: '未指定上年数据（--prior），同比按各单位报表“上年”栏计算。',
      en: 'No last-year data given (--prior): year-on-year uses each file\'s 上年 column.',
    });
  } else {
    for (const u of units) {
      if (!lastYear.byUnit[u.unitCode] && !lastYear.total) {
        notes.push({
          zh: `未找到 ${u.unitName}（${u.unitCode}）上年报送的文件，其同比按本表“上年”栏计算。`,
          en: `No last-year file for ${u.unitName} (${u.unitCode}); its year-on-year uses the 上年 column.`,
        });
      }
    }
  }
  for (const s of found.skipped) {
    const why = { 'lock-file': ['Office 临时锁定文件', 'Office lock file'], hidden: ['隐藏文件', 'hidden file'], 'not-workbook': ['不是工作簿', 'not a workbook'] }[s.reason];
    notes.push({ zh: `已跳过 ${s.name}（${why[0]}）。`, en: `Skipped ${s.name} (${why[1]}).` });
  }

  return { summary, statuses: decision.statuses, files: decision.files, sources, notes };
}
