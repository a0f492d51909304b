import { z } from 'zod';
import type { Summary } from '../../core/consolidate/summary-model.js';
import { LocalizedText, type TemplateSpec } from '../../core/spec/template-spec.js';

/*
 * What the report builders need from a merge: the spec it ran with, its summary
 * (total, subtotals, units) and how many units are in each status. Written by
 * the merge as figures.json so `unionstat report` and the page's drop zone fill
 * a draft from a merge's outputs without running it again.
 */

const Num = z.number().finite();
const Figure = z.object({
  code: z.string(),
  current: Num.nullable(),
  prior: Num.nullable(),
  change: Num.nullable(),
  growthPercent: Num.nullable(),
  missing: z.object({ current: z.array(z.string()).optional(), prior: z.array(z.string()).optional() }).optional(),
});
/** The roster's own categories (县区, 直属, 产业, 市…). */
const UnitKind = z.string();
const FigureGroup = z.object({
  key: z.string(),
  label: z.string(),
  level: z.enum(['unit', 'kind', 'total']),
  kind: UnitKind.optional(),
  units: z.number().int().nonnegative(),
  figures: z.record(z.string(), Figure),
});
const PriorSource = z.enum(['last-year-file', 'last-year-summary', 'prior-column', 'none']);

/** The summary as figures.json holds it; checked against Summary below, so the two cannot drift apart. */
export const SummarySchema = z.object({
  spec: z.object({ id: z.string(), version: z.number() }),
  year: z.number().int(),
  period: z.enum(['annual', 'half']),
  federation: z.object({ code: z.string(), name: z.string(), scope: z.string() }),
  total: FigureGroup,
  byKind: z.array(FigureGroup),
  byUnit: z.array(FigureGroup),
  priorSources: z.record(z.string(), PriorSource),
  totalPriorSource: PriorSource.optional(),
  incompletePrior: z.record(z.string(), z.array(z.string())).optional(),
  incompleteCurrent: z.record(z.string(), z.array(z.string())).optional(),
  notes: z.array(LocalizedText).optional(),
});
// Compile-time check that a parsed summary is a Summary and back.
type Parsed = z.infer<typeof SummarySchema>;
const toSummary = (s: Parsed): Summary => s;
const fromSummary = (s: Summary): Parsed => s;
void toSummary;
void fromSummary;

/** How many roster units are in one status, with the status's label. */
export const StatusCountSchema = z.object({
  status: z.string(),
  label: LocalizedText,
  units: z.number().int().nonnegative(),
});
export type StatusCount = z.infer<typeof StatusCountSchema>;

export interface ReportFigures {
  spec: TemplateSpec;
  summary: Summary;
  /** Roster units by status, in the merge's order of statuses; statuses with no unit left out. */
  statuses: StatusCount[];
}
