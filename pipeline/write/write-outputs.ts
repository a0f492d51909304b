import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MergeReport } from '../../core/merge/merge-report.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { buildFeedback } from '../../report/build-feedback.js';
import { buildOutputs, FEEDBACK_FILES, OUTPUT_FILES } from '../../report/build-outputs.js';
import { isOutputPieces } from '../../report/output-data.js';
import { partsWorkbook } from '../../report/parts-workbook.js';
import { stageFolder, type StagedFolder } from '../io/atomic-folder.js';
import { buildRunJson, type RunInfo } from '../../report/build-run-json.js';
import type { SummaryXlsxOptions } from '../../report/build-summary-xlsx.js';
import { checkReplaceable, stageFile, type StagedFile } from '../io/atomic-write.js';
import { isLockError, OutputLockedError } from './output-locked-error.js';
import { nodeDeflater } from './node-deflater.js';
import { sharpRasteriser } from '../io/sharp-rasteriser.js';
import { inThreadWorkbookBuilder, type WorkbookBuilder } from './workbook-thread.js';

export { OUTPUT_FILES } from '../../report/build-outputs.js';

export interface WriteOutputsOptions extends RunInfo {
  /** Header fields and date of the city's own submission in 汇总表.xlsx. */
  xlsx?: SummaryXlsxOptions;
  /** Language of the documents and sentences (docx, html, md, narrative); the workbook and CSV follow the Chinese template. */
  lang?: 'zh' | 'en';
  /** Who builds 汇总表.xlsx: a thread started earlier (startWorkbookThread), or this thread. */
  workbook?: WorkbookBuilder;
  /** Also write the feedback to units (FEEDBACK_FILES.folder: each unit's 审核意见 and the 催报/退改 list). */
  feedback?: boolean;
}

/** The file-system side of writing, passed in so a test can watch or fail it. */
export interface OutputEffects {
  makeDir(path: string): Promise<void>;
  /** Writes a file beside its target, to be renamed over it or dropped (see stageFile). */
  stageFile(path: string, data: Uint8Array | string | Iterable<string>): Promise<StagedFile>;
  /** Writes a folder of files beside its target, to replace it whole or be dropped (see stageFolder). */
  stageFolder(path: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<StagedFolder>;
  /** Fails when an existing target cannot be replaced (held open in Excel); see checkReplaceable. */
  checkReplaceable?(path: string): Promise<void>;
}

export const fileOutputEffects: OutputEffects = {
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  stageFile,
  stageFolder,
  checkReplaceable,
};

/**
 * Builds every output and stages each in `outDir` (created if needed) as soon
 * as it is built, so only one output is held in memory at a time; when all are
 * staged, each replaces its target (OUTPUT_FILES order), and run.json comes
 * last, recording when the writing finished; with `feedback`, the feedback
 * folder is staged too and replaces its target whole before run.json. A failure while building or
 * staging drops what was staged: no output is replaced. Returns the written
 * paths in OUTPUT_FILES order.
 */
export async function writeOutputs(
  report: MergeReport,
  spec: TemplateSpec,
  outDir: string,
  options: WriteOutputsOptions,
  effects: OutputEffects = fileOutputEffects,
): Promise<string[]> {
  await effects.makeDir(outDir);
  const staged = new Map<string, StagedFile>();
  let feedback: StagedFolder | undefined;
  try {
    // The charts are drawn and the workbook built on their own thread (when one was started) while this one builds
    // the rest. The docx stays here: its rows are stamped, and a third thread on two cores slowed the others more
    // than it saved.
    const workbook = options.workbook ?? inThreadWorkbookBuilder;
    await buildOutputs(
      report,
      spec,
      {
        lang: options.lang,
        xlsx: options.xlsx,
        deflater: nodeDeflater,
        rasterise: sharpRasteriser,
        buildWorkbook: (r, s, o) => workbook.build(r, s, o),
        drawCharts: (r, s, lang) => workbook.charts(r, s, lang),
      },
      // Text in pieces is written piece by piece: a national figures.json or CSV is never held whole.
      { write: async (name, data) => void staged.set(name, await effects.stageFile(join(outDir, name), isOutputPieces(data) ? data.pieces : data)) },
    );
    if (options.feedback) {
      const files = await buildFeedback(report, spec, partsWorkbook(nodeDeflater));
      feedback = await effects.stageFolder(join(outDir, FEEDBACK_FILES.folder), files);
    }
  } catch (error) {
    await Promise.all([...staged.values()].map((file) => file.discard()));
    throw error;
  }
  const written: string[] = [];
  // In OUTPUT_FILES order; run.json last, once the others are in place.
  const order = Object.values(OUTPUT_FILES).filter((name) => name !== OUTPUT_FILES.run);
  // Every target is tried before any is replaced: a file held open in Excel (or Word) then stops the run with
  // last run's outputs all in place, rather than half of them replaced.
  for (const name of [...order, OUTPUT_FILES.run]) {
    const path = join(outDir, name);
    try {
      await effects.checkReplaceable?.(path);
    } catch (error) {
      await Promise.all([...staged.values()].map((file) => file.discard()));
      await feedback?.discard();
      throw isLockError(error) ? new OutputLockedError(path, error) : error;
    }
  }
  let next = 0;
  try {
    for (; next < order.length; next++) {
      const file = staged.get(order[next])!;
      await file.commit();
      written.push(file.path);
    }
  } catch (error) {
    // A target that cannot be replaced (Excel on Windows holds last run's 汇总表.xlsx open): the outputs not yet in
    // place are dropped, not left beside their targets; commit has removed its own.
    await Promise.all(order.slice(next + 1).map((name) => staged.get(name)!.discard()));
    await feedback?.discard();
    throw isLockError(error) && next === 0 ? new OutputLockedError(join(outDir, order[next]), error) : error;
  }
  if (feedback) {
    await feedback.commit();
    written.push(feedback.path);
  }
  const { xlsx: _xlsx, lang: _lang, workbook: _workbook, feedback: _feedback, ...info } = options;
  void _feedback;
  void _xlsx;
  void _lang;
  void _workbook;
  const run = await effects.stageFile(join(outDir, OUTPUT_FILES.run), buildRunJson(report, spec, { ...info, finishedAt: info.finishedAt ?? new Date().toISOString() }));
  await run.commit();
  written.push(run.path);
  return written;
}
