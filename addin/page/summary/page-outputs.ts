import type { MergeReport } from '../../../core/merge/merge-report.js';
import type { Locale } from '../../../core/messages/render-text.js';
import type { TemplateSpec } from '../../../core/spec/template-spec.js';
import { buildNarrative } from '../../../report/build-narrative.js';
import { buildRunJson } from '../../../report/build-run-json.js';
import { buildSummaryCsv } from '../../../report/build-summary-csv.js';
import { buildSummaryHtml } from '../../../report/build-summary-html.js';
import { buildSummaryMarkdown } from '../../../report/build-summary-markdown.js';
import { summaryDocument } from '../../../report/summary-document.js';
import type { HeaderFields } from './header-store.js';
import type { OutputFile } from './save-file.js';

export interface PageOutputOptions {
  lang: Locale;
  header: Partial<HeaderFields>;
  startedAt: string;
  timings: Record<string, number>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every output the CLI writes for `report`, in its order and with its names, built in memory. */
export async function buildPageOutputs(report: MergeReport, spec: TemplateSpec, options: PageOutputOptions): Promise<OutputFile[]> {
  const { lang } = options;
  const document = summaryDocument(report, spec, lang);
  const files: OutputFile[] = [
    { name: 'summary.html', bytes: utf8(buildSummaryHtml(report, spec, lang, document)) },
    { name: 'summary.md', bytes: utf8(buildSummaryMarkdown(report, spec, lang, document)) },
    { name: 'summary.csv', bytes: utf8(buildSummaryCsv(report, spec)) },
    { name: 'narrative.md', bytes: utf8(buildNarrative(report, spec, lang)) },
  ];
  const run = buildRunJson(report, spec, {
    startedAt: options.startedAt,
    finishedAt: new Date().toISOString(),
    timings: options.timings,
    inputs: report.files.map((f) => ({ file: f.file, sha256: f.sha256, bytes: f.bytes })),
  });
  files.push({ name: 'run.json', bytes: utf8(run) });
  return files;
}
