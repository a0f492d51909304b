import { z } from 'zod';
import type { Summary } from '../../core/consolidate/summary-model.js';
import { makeIssue } from '../../core/issues/make-issue.js';
import type { Issue } from '../../core/issues/issue.js';
import { formatSpecPath, parseSpec } from '../../core/spec/parse-spec.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import { prettyJsonPieces } from '../pretty-json-pieces.js';
import { StatusCountSchema, SummarySchema, type ReportFigures } from './report-figures.js';

/** The merge output that `unionstat report` reads. */
export const FIGURES_FILE = 'figures.json';
const FORMAT = 'unionstat-figures';
const VERSION = 1;

/** figures.json: the spec, the summary and the status counts, with a format tag and version. */
export function buildFiguresJson(figures: ReportFigures): string {
  return [...figuresJsonPieces(figures)].join('');
}

/** figures.json's text in pieces (see prettyJsonPieces): a national one is ~18 MB, written without being held whole. */
export function* figuresJsonPieces(figures: ReportFigures): Generator<string> {
  yield* prettyJsonPieces({ format: FORMAT, version: VERSION, spec: figures.spec, summary: figures.summary, statuses: figures.statuses }, 2);
  yield '\n';
}

const FileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  spec: z.unknown(),
  summary: SummarySchema,
  statuses: z.array(StatusCountSchema),
});

export type ParseFiguresResult = { success: true; figures: ReportFigures } | { success: false; issue: Issue };

/**
 * Reads figures.json text (as the merge wrote it); anything else, including a
 * hand-edited file that no longer fits, is refused with the path of the first fault.
 */
export function parseFiguresJson(text: string, file: string = FIGURES_FILE): ParseFiguresResult {
  const refuse = (path: string): ParseFiguresResult => ({
    success: false,
    issue: makeIssue({ code: 'report.figures-invalid', severity: 'hard', values: { file, path } }),
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('(JSON)');
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) return refuse(formatSpecPath(parsed.error.issues[0]?.path ?? []) || '(root)');
  const spec = parseSpec(parsed.data.spec);
  if (!spec.success) return refuse(`spec.${spec.problems[0]?.path ?? ''}`);
  return { success: true, figures: { spec: spec.spec as TemplateSpec, summary: parsed.data.summary as Summary, statuses: parsed.data.statuses } };
}
