import type { MergeReport } from '../../../core/merge/merge-report.js';
import type { Locale } from '../../../core/messages/render-text.js';
import type { RasterisePng } from '../../../report/charts/chart-picture.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { buildOutputs, OUTPUT_FILES, type OutputName } from '../../../report/build-outputs.js';
import { buildRunJson } from '../../../report/build-run-json.js';
import { outputBytes } from '../../../report/output-data.js';
import type { HeaderFields } from './header-store.js';
import type { OutputFile } from './save-file.js';

export interface PageOutputOptions {
  lang: Locale;
  header: Partial<HeaderFields>;
  startedAt: string;
  timings: Record<string, number>;
  /** Draws the docx charts' PNG fallbacks (the page's canvas); without it the docx has no charts. */
  rasterise?: RasterisePng;
}

/**
 * Every output the CLI writes for `report`, built in memory by the same
 * builders (report/buildOutputs with its browser defaults: fflate, and the
 * workbook's parts zipped by fflate), in the CLI's order and with its names;
 * run.json last, as the CLI writes it.
 */
export async function buildPageOutputs(report: MergeReport, spec: TemplateSpec, options: PageOutputOptions): Promise<OutputFile[]> {
  const built = new Map<OutputName, Uint8Array>();
  const encoder = new TextEncoder();
  await buildOutputs(report, spec, { lang: options.lang, xlsx: { header: options.header }, rasterise: options.rasterise }, {
    write: (name, data) => void built.set(name, outputBytes(data)),
  });
  const run = buildRunJson(report, spec, {
    startedAt: options.startedAt,
    finishedAt: new Date().toISOString(),
    timings: options.timings,
    inputs: report.files.map((f) => ({ file: f.file, sha256: f.sha256, bytes: f.bytes })),
  });
  built.set(OUTPUT_FILES.run, encoder.encode(run));
  return Object.values(OUTPUT_FILES).map((name) => ({ name, bytes: built.get(name)! }));
}
